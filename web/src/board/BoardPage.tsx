import { useEffect, useState } from 'react';
import { Link, getRouteApi } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { BoardQuery, BoardsQuery } from './queries';
import { useMoveTask } from './useMoveTask';
import { BoardColumns, type ColumnView } from './BoardColumns';
import { Notice } from '../ui/Notice';
import { useStreamEvents } from '../audit/useStreamEvents';

const routeApi = getRouteApi('/board');

export function BoardPage() {
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const [boards] = useQuery({ query: BoardsQuery });
  const boardId = search.boardId ?? boards.data?.boards.nodes[0]?.boardId;
  const [board, refetch] = useQuery({ query: BoardQuery, variables: { id: boardId ?? '' }, pause: !boardId });
  const move = useMoveTask();
  // The board's stream replays and then follows every change: someone else's move refreshes this view too.
  const { events } = useStreamEvents(boardId ? `board-${boardId}` : undefined);
  useEffect(() => {
    if (events.length === 0) return;
    const refresh = setTimeout(() => refetch({ requestPolicy: 'network-only' }), 250);
    return () => clearTimeout(refresh);
  }, [events.length, refetch]);
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);

  if (boards.error) return <Notice>{boards.error.message}</Notice>;
  if (boards.data && boards.data.boards.nodes.length === 0) return <Notice kind="info">No board yet: create a project with a board first.</Notice>;
  const data = board.data?.board;
  const columns: ColumnView[] = (data?.columns ?? []).map((column) => ({ status: column.status, name: column.name, wipLimit: column.wipLimit ?? null, tasks: column.tasks.nodes }));

  async function onMove(taskId: string, from: string, to: string, expectedVersion: number) {
    if (!data || from === to) return;
    const column = columns.find((c) => c.status === to);
    if (column?.wipLimit != null && column.tasks.length >= column.wipLimit) {
      setMessage({ kind: 'error', text: `“${column.name}” is at its WIP limit (${column.wipLimit}).` });
      return;
    }
    const outcome = await move({ boardId: data.boardId, taskId, to, expectedVersion });
    setMessage(outcome.ok ? { kind: 'ok', text: `Moved ${taskId} to ${column?.name ?? to}.` } : { kind: 'error', text: outcome.message });
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <section className="space-y-4">
      <div className="flex items-center gap-4">
        <h1 className="text-2xl font-semibold">{data?.name ?? 'Board'}</h1>
        {(boards.data?.boards.nodes.length ?? 0) > 1 && (
          <select aria-label="Board" value={boardId} onChange={(e) => navigate({ search: { boardId: e.target.value } })} className="rounded border px-2 py-1 text-sm">
            {boards.data!.boards.nodes.map((b) => (
              <option key={b.boardId} value={b.boardId}>
                {b.name}
              </option>
            ))}
          </select>
        )}
        {data && (
          <Link to="/audit" search={{ stream: `board-${data.boardId}` }} className="ml-auto text-sm text-blue-700 hover:underline">
            Board history
          </Link>
        )}
      </div>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      {board.error && <Notice>{board.error.message}</Notice>}
      {data && <BoardColumns boardId={data.boardId} columns={columns} onMove={onMove} />}
    </section>
  );
}
