import type { LiveStep } from './runState';
import { StatusBadge } from '../ui/StatusBadge';
import { formatCost } from '../ui/format';
import { parseToolCall } from './toolCalls';
import { StepQuestions } from './StepQuestions';

/** The steps with their live output (agent progress, tool calls, command output), questions to a person, tokens and cost. */
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
            <StepQuestions step={step} />
            {(step.toolCalls?.length ?? 0) > 0 && (
              <table className="mt-2 w-full text-xs" aria-label={`Tool calls of ${id}`}>
                <tbody>
                  {step.toolCalls!.map((call) => (
                    <tr key={`${call.attempt}-${call.sequence}`} data-tool-call={call.tool} className="border-t align-top">
                      <td className="py-1 pr-2 font-mono font-semibold">{call.tool}</td>
                      <td className="break-all py-1 pr-2 font-mono text-slate-600">{call.arguments}</td>
                      <td className={`whitespace-pre-wrap py-1 pr-2 ${call.isError ? 'text-red-700' : 'text-slate-800'}`}>{call.result}</td>
                      <td className="py-1 text-right text-slate-500">{call.durationMs} ms</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {step.log.length > 0 && (
              <div className="mt-2 max-h-72 space-y-1 overflow-auto rounded bg-slate-900 p-2 font-mono text-xs text-slate-100" data-testid={`output-${id}`}>
                {step.log.map((entry, index) => {
                  const call = parseToolCall(entry.text);
                  return call ? (
                    <div key={index} data-tool-call={call.tool} className="rounded border border-slate-700 p-1">
                      <span className="mr-2 rounded bg-indigo-600 px-1">{call.tool}</span>
                      <span className="break-all text-slate-300">{call.args}</span>
                      <div className="whitespace-pre-wrap text-emerald-300">→ {call.result}</div>
                    </div>
                  ) : (
                    <div key={index} className="whitespace-pre-wrap">
                      {entry.text}
                    </div>
                  );
                })}
              </div>
            )}
          </article>
        );
      })}
    </div>
  );
}
