import { useEffect, useMemo, useState } from 'react';
import { Link, getRouteApi } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { RunQuery } from './queries';
import { foldChanges, isFinishedRun, type LiveStep } from './runState';
import { useRunChanges } from './useRunChanges';
import { pipelineGraph } from './pipelineModel';
import { PipelineGraph } from './PipelineGraph';
import { GateDecision, RunControls } from './RunActions';
import { StepPanel } from './StepPanel';
import { QuestionAnswer } from './QuestionAnswer';
import { StatusBadge } from '../ui/StatusBadge';
import { formatCost, formatTime } from '../ui/format';
import { Notice } from '../ui/Notice';

const routeApi = getRouteApi('/runs/$runId');

export function RunPage() {
  const { runId } = routeApi.useParams();
  const [query, refetch] = useQuery({ query: RunQuery, variables: { id: runId } });
  const { changes, error: liveError } = useRunChanges(runId);
  const [selected, setSelected] = useState<string | undefined>();
  const run = query.data?.run;
  // Tool calls and asked questions are kept by the read model: ask for them again after the run's stream records one,
  // until the read model has caught up with it (it may lag the live changes by more than one wait).
  const lastReadModelChange = changes.findLast((c) => c.type.includes('tool-called') || c.type.includes('step-question-'))?.version ?? 0;
  const behind = !query.fetching && !query.error && query.data?.run != null && query.data.run.version < lastReadModelChange;
  useEffect(() => {
    if (!behind) return;
    const refresh = setTimeout(() => refetch({ requestPolicy: 'network-only' }), 300);
    return () => clearTimeout(refresh);
  }, [behind, lastReadModelChange, refetch]);
  // A run started a moment ago may not be in the read model yet: ask again until it is, or its events say it exists.
  const missing = !query.fetching && !query.error && query.data !== undefined && !run;
  useEffect(() => {
    if (!missing) return;
    const retry = setTimeout(() => refetch({ requestPolicy: 'network-only' }), 500);
    return () => clearTimeout(retry);
  }, [missing, refetch, changes.length]);
  const live = useMemo(() => foldChanges(changes), [changes]);
  const source = run?.pipeline?.versions.find((v) => v.number === run.pipelineVersion)?.source;
  const model = useMemo(() => {
    try {
      return source ? pipelineGraph(source) : null;
    } catch {
      return null;
    }
  }, [source]);

  if (query.error) return <Notice>{query.error.message}</Notice>;
  if (!run) return query.fetching ? <p>Loading…</p> : <Notice>Run “{runId}” does not exist.</Notice>;

  // The live fold is authoritative once it has caught up with the row the query read.
  const useLive = live.version >= run.version;
  const status = useLive ? live.status : run.status;
  const version = Math.max(live.version, run.version);
  const steps: Record<string, LiveStep> = {};
  for (const step of run.steps) {
    steps[step.stepId] = { ...step, tokens: step.usage.tokens, costUsd: step.usage.costUsd, log: step.output ? [{ at: run.requestedAt, text: step.output }] : [] };
  }
  if (useLive) {
    for (const [id, step] of Object.entries(live.steps)) steps[id] = { ...step, toolCalls: steps[id]?.toolCalls, questions: steps[id]?.questions };
  }
  // A run cancelled while a gate waits leaves the gate's step awaiting approval, but nobody can decide it any more.
  const gates = isFinishedRun(status) ? [] : Object.values(steps).filter((s) => s.status === 'AWAITING_APPROVAL');
  const asking = Object.values(steps).filter((s) => s.question);
  const totals = Object.values(steps).reduce((sum, s) => ({ tokens: sum.tokens + s.tokens, cost: sum.cost + s.costUsd }), { tokens: 0, cost: 0 });
  const refresh = () => refetch({ requestPolicy: 'network-only' });

  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="font-mono text-2xl font-semibold">{run.runId}</h1>
        <span data-testid="run-status">
          <StatusBadge status={status} />
        </span>
        <span className="text-sm text-slate-600">
          {run.pipeline?.name ?? run.pipelineId} v{run.pipelineVersion} · requested by {run.requestedBy} · {formatTime(run.requestedAt)}
        </span>
        <span className="text-sm text-slate-600" data-testid="run-usage">
          {totals.tokens} tokens · {formatCost(totals.cost)}
        </span>
        <div className="ml-auto flex items-center gap-3">
          <Link to="/audit" search={{ stream: run.stream }} className="text-sm text-blue-700 hover:underline">
            Audit timeline
          </Link>
          <RunControls runId={run.runId} status={status} version={version} onChanged={refresh} />
        </div>
      </div>
      {run.reason && <Notice>{run.reason}</Notice>}
      {liveError && <Notice>Live updates stopped: {liveError}</Notice>}
      {gates.map((gate) => (
        <GateDecision key={gate.stepId} runId={run.runId} stepId={gate.stepId} version={version} onDecided={refresh} />
      ))}
      {asking.map((step) => (
        <QuestionAnswer key={`${step.stepId}-${step.question!.attempt}-${step.question!.id}`} runId={run.runId} stepId={step.stepId} question={step.question!} onAnswered={refresh} />
      ))}
      <div className="grid gap-4 lg:grid-cols-[2fr_3fr]">
        {model ? <PipelineGraph model={model} steps={steps} selected={selected} onSelect={setSelected} /> : <Notice kind="info">The pipeline's source is not available.</Notice>}
        <StepPanel steps={steps} order={model?.steps.map((s) => s.id) ?? Object.keys(steps)} selected={selected} onSelect={setSelected} />
      </div>
    </section>
  );
}
