import { Link, getRouteApi } from '@tanstack/react-router';
import { useQuery, useSubscription } from 'urql';
import { PipelinesQuery, RunsChangedSubscription, RunsQuery } from './queries';
import { StatusBadge } from '../ui/StatusBadge';
import { formatTime } from '../ui/format';
import { Notice } from '../ui/Notice';
import { StartRunForm } from './StartRunForm';

export interface RunsSearch {
  status?: string;
  pipelineId?: string;
  projectId?: string;
}

const statuses = ['PENDING', 'RUNNING', 'PAUSED', 'COMPLETED', 'FAILED', 'CANCELLED'] as const;
type Status = (typeof statuses)[number];
const routeApi = getRouteApi('/');

export function RunsPage() {
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const status = statuses.includes(search.status as Status) ? (search.status as Status) : undefined;
  const variables = { status, pipelineId: search.pipelineId, projectId: search.projectId };
  const [runs, refetch] = useQuery({ query: RunsQuery, variables });
  const [pipelines] = useQuery({ query: PipelinesQuery });
  // Any change to a run matching the filters refreshes the list.
  useSubscription({ query: RunsChangedSubscription, variables: { status, projectId: search.projectId } }, (_, change) => {
    refetch({ requestPolicy: 'network-only' });
    return change;
  });
  const setFilter = (name: keyof RunsSearch, value: string) => navigate({ search: (previous) => ({ ...previous, [name]: value || undefined }) });

  return (
    <section className="space-y-4">
      <div className="flex items-end justify-between gap-4">
        <h1 className="text-2xl font-semibold">Runs</h1>
        <StartRunForm pipelines={pipelines.data?.pipelines.nodes ?? []} onStarted={() => refetch({ requestPolicy: 'network-only' })} />
      </div>
      <div className="flex gap-3 text-sm" aria-label="Filters">
        <label className="flex items-center gap-2">
          Status
          <select aria-label="Status filter" value={status ?? ''} onChange={(e) => setFilter('status', e.target.value)} className="rounded border px-2 py-1">
            <option value="">any</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {s.toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2">
          Pipeline
          <select aria-label="Pipeline filter" value={search.pipelineId ?? ''} onChange={(e) => setFilter('pipelineId', e.target.value)} className="rounded border px-2 py-1">
            <option value="">any</option>
            {(pipelines.data?.pipelines.nodes ?? []).map((p) => (
              <option key={p.pipelineId} value={p.pipelineId}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {runs.error && <Notice>{runs.error.message}</Notice>}
      <table className="w-full border-collapse rounded bg-white text-sm shadow-sm">
        <thead className="bg-slate-100 text-left">
          <tr>
            <th className="px-3 py-2">Run</th>
            <th className="px-3 py-2">Status</th>
            <th className="px-3 py-2">Pipeline</th>
            <th className="px-3 py-2">Current step</th>
            <th className="px-3 py-2">Requested</th>
            <th className="px-3 py-2">By</th>
          </tr>
        </thead>
        <tbody>
          {(runs.data?.runs.nodes ?? []).map((run) => (
            <tr key={run.id} className="border-t" data-run={run.runId}>
              <td className="px-3 py-2 font-mono">
                <Link to="/runs/$runId" params={{ runId: run.runId }} className="text-blue-700 hover:underline">
                  {run.runId}
                </Link>
              </td>
              <td className="px-3 py-2">
                <StatusBadge status={run.status} />
              </td>
              <td className="px-3 py-2">
                {run.pipelineId} v{run.pipelineVersion}
              </td>
              <td className="px-3 py-2">{run.currentStep ?? '—'}</td>
              <td className="px-3 py-2">{formatTime(run.requestedAt)}</td>
              <td className="px-3 py-2">{run.requestedBy}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {runs.data && runs.data.runs.nodes.length === 0 && <Notice kind="info">No runs match these filters yet.</Notice>}
    </section>
  );
}
