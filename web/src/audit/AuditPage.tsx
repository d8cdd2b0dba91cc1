import { useState } from 'react';
import { getRouteApi } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { AuditTargetsQuery } from './queries';
import { StreamAudit } from './StreamAudit';

export interface AuditSearch {
  stream?: string;
}

const routeApi = getRouteApi('/audit');

export function AuditPage() {
  const { stream } = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const [targets] = useQuery({ query: AuditTargetsQuery });
  const [typed, setTyped] = useState(stream ?? '');
  const open = (value: string) => navigate({ search: { stream: value || undefined } });

  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">Audit</h1>
      <form
        className="flex flex-wrap items-end gap-2 text-sm"
        onSubmit={(e) => {
          e.preventDefault();
          open(typed.trim());
        }}
      >
        <label className="flex flex-col">
          Run or board
          <select aria-label="Stream to audit" value={stream ?? ''} onChange={(e) => { setTyped(e.target.value); open(e.target.value); }} className="rounded border px-2 py-1">
            <option value="">choose…</option>
            {(targets.data?.runs.nodes ?? []).map((run) => (
              <option key={run.stream} value={run.stream}>
                run {run.runId} ({run.status.toLowerCase()})
              </option>
            ))}
            {(targets.data?.boards.nodes ?? []).map((board) => (
              <option key={board.boardId} value={`board-${board.boardId}`}>
                board {board.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          or any stream
          <input aria-label="Stream name" value={typed} onChange={(e) => setTyped(e.target.value)} placeholder="run-…, board-…, project-…" className="rounded border px-2 py-1 font-mono" />
        </label>
        <button type="submit" className="rounded border bg-white px-3 py-1 hover:bg-slate-100">
          Open
        </button>
      </form>
      {stream ? <StreamAudit key={stream} stream={stream} /> : <p className="text-sm text-slate-500">Choose a run or a board to see its history.</p>}
    </section>
  );
}
