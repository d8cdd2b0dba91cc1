import { useState } from 'react';
import { useQuery } from 'urql';
import { StreamVerificationQuery } from './queries';
import { useStreamEvents } from './useStreamEvents';
import { ChainBadge } from './ChainBadge';
import { Timeline } from './Timeline';
import { RunAsOf } from './RunAsOf';
import { BoardColumns } from '../board/BoardColumns';
import { foldBoard, taskStatuses } from '../board/boardFold';
import { Notice } from '../ui/Notice';

/** One stream's history: the hash chain's verdict, a timeline, and a slider that shows the run or board as it was. */
export function StreamAudit({ stream }: { stream: string }) {
  const [verification, reverify] = useQuery({ query: StreamVerificationQuery, variables: { stream } });
  const { events, error } = useStreamEvents(stream);
  const [chosen, setChosen] = useState<number | null>(null); // null: follow the latest event
  const at = chosen ?? events.length;
  const asOf = events.slice(0, at);

  return (
    <div className="space-y-4">
      <ChainBadge result={verification.data?.streamEvents.verification ?? null} fetching={verification.fetching} onVerify={() => reverify({ requestPolicy: 'network-only' })} />
      {error && <Notice>{error}</Notice>}
      {events.length > 0 && (
        <div className="rounded border bg-white p-3">
          <label className="flex items-center gap-3 text-sm">
            <span className="whitespace-nowrap">Time travel</span>
            <input
              type="range"
              aria-label="Event position"
              min={1}
              max={events.length}
              value={at}
              onChange={(e) => {
                const value = Number(e.target.value);
                setChosen(value >= events.length ? null : value);
              }}
              className="flex-1"
            />
            <span data-testid="as-of" className="whitespace-nowrap font-mono">
              event {at} of {events.length}
              {chosen === null ? ' (live)' : ''}
            </span>
            <button type="button" className="rounded border px-2 py-0.5" disabled={at <= 1} onClick={() => setChosen(Math.max(1, at - 1))}>
              ◀ Back
            </button>
            <button type="button" className="rounded border px-2 py-0.5" disabled={chosen === null} onClick={() => setChosen(at + 1 >= events.length ? null : at + 1)}>
              Forward ▶
            </button>
          </label>
          <p className="mt-1 text-xs text-slate-500">As of {asOf.length > 0 ? new Date(asOf[asOf.length - 1].at).toLocaleString() : '—'}</p>
        </div>
      )}
      <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
        <div className="min-w-0">
          {stream.startsWith('run-') && <RunAsOf runId={stream.slice(4)} version={asOf.length > 0 ? asOf[asOf.length - 1].version : 0} />}
          {stream.startsWith('board-') && <BoardAsOf stream={stream} events={asOf} />}
        </div>
        <Timeline events={events} at={at} onSelect={(position) => setChosen(position >= events.length ? null : position)} />
      </div>
    </div>
  );
}

function BoardAsOf({ stream, events }: { stream: string; events: Parameters<typeof foldBoard>[0] }) {
  const board = foldBoard(events);
  const columns = taskStatuses.map((status) => ({
    status,
    name: status.toLowerCase().replace('_', ' '),
    wipLimit: board.wipLimits[status] ?? null,
    tasks: Object.values(board.tasks)
      .filter((task) => task.status === status)
      .map((task) => ({ ...task, version: 0 })),
  }));
  return (
    <div data-testid="board-as-of">
      <h2 className="mb-2 font-semibold">{board.name || stream} as it was</h2>
      <BoardColumns boardId={stream.slice('board-'.length)} columns={columns} />
    </div>
  );
}
