import { useState } from 'react';

/** Asks for an API key; the embedded default prints the first one at start-up and saves it in <home>/api-key. */
export function SignIn({ onSignedIn }: { onSignedIn: (key: string) => void }) {
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setChecking(true);
    setError(null);
    try {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key.trim()}` },
        body: JSON.stringify({ query: '{ viewer { name role } }' }),
      });
      if (response.status === 401) {
        setError('The server does not know this key (or it was revoked).');
        return;
      }
      const body = await response.json();
      if (body.errors?.length) {
        setError(body.errors[0].message);
        return;
      }
      onSignedIn(key.trim());
    } catch {
      setError('The server could not be reached.');
    } finally {
      setChecking(false);
    }
  }

  return (
    <main className="mx-auto mt-24 max-w-md rounded-lg border bg-white p-6 shadow-sm">
      <h1 className="text-xl font-semibold">EventAgents</h1>
      <p className="mt-2 text-sm text-slate-600">
        Sign in with an API key. A local installation prints its first key when it starts and saves it in <code>.eventagents/api-key</code>.
      </p>
      <form onSubmit={submit} className="mt-4 space-y-3">
        <label className="block text-sm font-medium" htmlFor="api-key">
          API key
        </label>
        <input id="api-key" type="password" autoComplete="off" value={key} onChange={(e) => setKey(e.target.value)} className="w-full rounded border px-3 py-2" />
        {error && (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
        <button type="submit" disabled={!key.trim() || checking} className="rounded bg-slate-900 px-4 py-2 text-white disabled:opacity-50">
          {checking ? 'Checking…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
