import type { ReactNode } from 'react';

export function Notice({ kind = 'error', children }: { kind?: 'error' | 'info' | 'ok'; children: ReactNode }) {
  const colours = { error: 'border-red-300 bg-red-50 text-red-800', info: 'border-slate-300 bg-white text-slate-700', ok: 'border-green-300 bg-green-50 text-green-800' };
  return (
    <div role={kind === 'error' ? 'alert' : 'status'} className={`rounded border px-3 py-2 text-sm ${colours[kind]}`}>
      {children}
    </div>
  );
}
