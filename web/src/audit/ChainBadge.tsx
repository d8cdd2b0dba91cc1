import { Notice } from '../ui/Notice';

interface Verification {
  valid: boolean;
  eventsChecked: number;
  problem?: { kind: string; version: number; message: string } | null;
}

export function ChainBadge({ result, fetching, onVerify }: { result: Verification | null; fetching: boolean; onVerify: () => void }) {
  return (
    <div className="flex items-center gap-3" data-testid="chain">
      {fetching ? (
        <Notice kind="info">Verifying the hash chain…</Notice>
      ) : result === null ? (
        <Notice kind="info">This stream does not exist (yet).</Notice>
      ) : result.valid ? (
        <Notice kind="ok">Hash chain verified: {result.eventsChecked} events, none altered, removed or reordered.</Notice>
      ) : (
        <Notice>
          Hash chain broken at version {result.problem?.version} ({result.problem?.kind.toLowerCase()}): {result.problem?.message}
        </Notice>
      )}
      <button type="button" className="rounded border bg-white px-2 py-1 text-sm hover:bg-slate-100" onClick={onVerify}>
        Verify again
      </button>
    </div>
  );
}
