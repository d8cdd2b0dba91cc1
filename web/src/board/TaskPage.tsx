import { Link, getRouteApi } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { TaskQuery } from './queries';
import { useStreamEvents } from '../audit/useStreamEvents';
import { describeBoardEvent } from './boardFold';
import { StatusBadge } from '../ui/StatusBadge';
import { formatTime } from '../ui/format';
import { Notice } from '../ui/Notice';

const routeApi = getRouteApi('/boards/$boardId/tasks/$taskId');

export function TaskPage() {
  const { boardId, taskId } = routeApi.useParams();
  const [query] = useQuery({ query: TaskQuery, variables: { boardId, taskId } });
  const { events } = useStreamEvents(`board-${boardId}`);
  const history = events.filter((e) => (e.data as Record<string, unknown> | null)?.taskId === taskId);
  const task = query.data?.task;
  if (query.error) return <Notice>{query.error.message}</Notice>;
  if (!task) return query.fetching ? <p>Loading…</p> : <Notice>Task “{taskId}” is not on board “{boardId}”.</Notice>;

  return (
    <section className="max-w-3xl space-y-4">
      <Link to="/board" search={{ boardId }} className="text-sm text-blue-700 hover:underline">
        ← Board
      </Link>
      <div className="flex items-center gap-3">
        <h1 className="text-2xl font-semibold">{task.title}</h1>
        <StatusBadge status={task.status} />
      </div>
      <p className="whitespace-pre-wrap text-slate-700">{task.description}</p>
      <dl className="grid grid-cols-[10rem_1fr] gap-y-1 rounded border bg-white p-3 text-sm">
        <dt className="text-slate-500">Assignee</dt>
        <dd data-testid="assignee">{task.assignee ?? 'unassigned'}</dd>
        <dt className="text-slate-500">Branch</dt>
        <dd className="font-mono">{task.branch ?? '—'}</dd>
        <dt className="text-slate-500">Pull request</dt>
        <dd>
          {task.pullRequestUrl ? (
            <a href={task.pullRequestUrl} className="text-blue-700 hover:underline" target="_blank" rel="noreferrer">
              #{task.pullRequestNumber}
            </a>
          ) : (
            '—'
          )}
        </dd>
        <dt className="text-slate-500">Depends on</dt>
        <dd>{task.dependsOn.length > 0 ? task.dependsOn.join(', ') : '—'}</dd>
        <dt className="text-slate-500">Updated</dt>
        <dd>
          {formatTime(task.updatedAt)} (version {task.version})
        </dd>
      </dl>
      <h2 className="font-semibold">History</h2>
      <ol className="space-y-1 text-sm" aria-label="Task history">
        {history.map((event) => (
          <li key={event.eventId} className="rounded border bg-white px-3 py-1">
            <span className="mr-2 text-xs text-slate-500">{formatTime(event.at)}</span>
            {describeBoardEvent(event)}
          </li>
        ))}
      </ol>
    </section>
  );
}
