import type { LiveStep } from './runState';
import { StatusBadge } from '../ui/StatusBadge';
import { formatCost } from '../ui/format';

/** The steps with their live output (agent progress, tool calls, command output), tokens and cost. */
export function StepPanel({ steps, order, selected, onSelect }: { steps: Record<string, LiveStep>; order: string[]; selected?: string; onSelect: (id: string) => void }) {
  const shown = order.filter((id) => steps[id]);
  return (
    <div className="space-y-2" aria-label="Steps">
      {shown.length === 0 && <p className="text-sm text-slate-500">No step has started yet.</p>}
      {shown.map((id) => {
        const step = steps[id];
        return (
          <article key={id} data-step-panel={id} className={`rounded border bg-white p-3 text-sm ${selected === id ? 'ring-2 ring-blue-500' : ''}`} onClick={() => onSelect(id)}>
            <header className="flex flex-wrap items-center gap-2">
              <span className="font-semibold">{id}</span>
              <StatusBadge status={step.status} />
              <span className="text-slate-500">
                attempt {step.attempt}
                {step.retries > 0 ? ` · ${step.retries} retries` : ''}
                {step.result ? ` · result ${step.result}` : ''}
              </span>
              <span className="ml-auto text-slate-500">
                {step.tokens} tokens · {formatCost(step.costUsd)}
              </span>
            </header>
            {step.reason && <p className={`mt-1 ${step.status === 'FAILED' ? 'text-red-700' : 'text-slate-600'}`}>{step.reason}</p>}
            {step.log.length > 0 && (
              <pre className="mt-2 max-h-56 overflow-auto whitespace-pre-wrap rounded bg-slate-900 p-2 text-xs text-slate-100" data-testid={`output-${id}`}>
                {step.log.map((entry) => entry.text).join('\n')}
              </pre>
            )}
          </article>
        );
      })}
    </div>
  );
}
