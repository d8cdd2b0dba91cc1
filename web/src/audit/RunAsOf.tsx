import { useMemo } from 'react';
import { useQuery } from 'urql';
import { RunQuery } from '../runs/queries';
import { useRunChanges } from '../runs/useRunChanges';
import { foldChanges } from '../runs/runState';
import { pipelineGraph } from '../runs/pipelineModel';
import { PipelineGraph } from '../runs/PipelineGraph';
import { StatusBadge } from '../ui/StatusBadge';

/** The run's graph as it was right after the event of `version` in its stream. */
export function RunAsOf({ runId, version }: { runId: string; version: number }) {
  const [query] = useQuery({ query: RunQuery, variables: { id: runId } });
  const { changes } = useRunChanges(runId);
  const run = query.data?.run;
  const source = run?.pipeline?.versions.find((v) => v.number === run.pipelineVersion)?.source;
  const model = useMemo(() => (source ? pipelineGraph(source) : null), [source]);
  const state = useMemo(() => foldChanges(changes.filter((c) => c.version <= version)), [changes, version]);
  if (!model) return <p className="text-sm text-slate-500">Loading the run…</p>;
  return (
    <div data-testid="run-as-of" data-version={state.version} className="space-y-2">
      <div className="flex items-center gap-2">
        <span className="font-semibold">Run {runId} as it was</span>
        <StatusBadge status={state.status} />
      </div>
      <PipelineGraph model={model} steps={state.steps} />
    </div>
  );
}
