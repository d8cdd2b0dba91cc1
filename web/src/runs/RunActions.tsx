import { useState } from 'react';
import { useMutation } from 'urql';
import { ApproveGateMutation, CancelRunMutation, PauseRunMutation, RejectGateMutation, ResumeRunMutation } from './queries';
import { describeError, type UserErrorLike } from '../ui/format';
import { Notice } from '../ui/Notice';

interface Outcome {
  error?: { message: string };
  data?: Record<string, { errors: readonly UserErrorLike[] } | null | undefined>;
}

/** Turns a mutation result into a message for the person, or null when it went through. */
export function outcomeMessage(result: Outcome): string | null {
  if (result.error) return result.error.message;
  const payload = result.data ? Object.values(result.data)[0] : undefined;
  if (!payload) return 'The server did not answer.';
  return payload.errors.length > 0 ? payload.errors.map(describeError).join(' ') : null;
}

const finished = ['COMPLETED', 'FAILED', 'CANCELLED'];

export function RunControls({ runId, status, version, onChanged }: { runId: string; status: string; version: number; onChanged: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [, cancel] = useMutation(CancelRunMutation);
  const [, pause] = useMutation(PauseRunMutation);
  const [, resume] = useMutation(ResumeRunMutation);
  const act = async (run: () => Promise<Outcome>) => {
    setError(outcomeMessage(await run()));
    onChanged();
  };
  if (finished.includes(status)) return null;
  return (
    <div className="flex items-center gap-2">
      {status === 'PAUSED' ? (
        <button type="button" className="rounded border px-3 py-1 hover:bg-slate-100" onClick={() => act(() => resume({ input: { runId, expectedVersion: version } }))}>
          Resume
        </button>
      ) : (
        <button type="button" className="rounded border px-3 py-1 hover:bg-slate-100" onClick={() => act(() => pause({ input: { runId, reason: 'paused from the dashboard' } }))}>
          Pause
        </button>
      )}
      <button type="button" className="rounded border border-red-300 px-3 py-1 text-red-700 hover:bg-red-50" onClick={() => act(() => cancel({ input: { runId, reason: 'cancelled from the dashboard' } }))}>
        Cancel run
      </button>
      {error && <Notice>{error}</Notice>}
    </div>
  );
}

/** Approve or reject a gate that waits for a person, with a comment; the run's version guards against a stale view. */
export function GateDecision({ runId, stepId, version, onDecided }: { runId: string; stepId: string; version: number; onDecided: () => void }) {
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [, approve] = useMutation(ApproveGateMutation);
  const [, reject] = useMutation(RejectGateMutation);
  const decide = async (run: () => Promise<Outcome>) => {
    setBusy(true);
    const message = outcomeMessage(await run());
    setBusy(false);
    setError(message);
    onDecided();
  };
  return (
    <div className="space-y-2 rounded border border-purple-300 bg-purple-50 p-3" aria-label={`Gate ${stepId}`}>
      <p className="text-sm font-medium text-purple-900">Gate “{stepId}” waits for your decision.</p>
      <textarea aria-label="Comment" value={comment} onChange={(e) => setComment(e.target.value)} placeholder="Comment (required to reject)" className="w-full rounded border p-2 text-sm" rows={2} />
      <div className="flex gap-2">
        <button type="button" disabled={busy} className="rounded bg-green-700 px-3 py-1 text-white disabled:opacity-50" onClick={() => decide(() => approve({ input: { runId, stepId, comment: comment || null, expectedVersion: version } }))}>
          Approve
        </button>
        <button
          type="button"
          disabled={busy || !comment.trim()}
          className="rounded bg-red-700 px-3 py-1 text-white disabled:opacity-50"
          onClick={() => decide(() => reject({ input: { runId, stepId, reason: comment, expectedVersion: version } }))}
        >
          Reject
        </button>
      </div>
      {error && <Notice>{error}</Notice>}
    </div>
  );
}
