import { useMemo, useState } from 'react';
import { useMutation } from 'urql';
import { useNavigate } from '@tanstack/react-router';
import { StartRunMutation } from './queries';
import { pipelineGraph } from './pipelineModel';
import { describeError } from '../ui/format';

interface PipelineOption {
  pipelineId: string;
  projectId?: string | null;
  name: string;
  latestVersion: number;
  versions: readonly { number: number; source: string }[];
}


export function StartRunForm({ pipelines, onStarted }: { pipelines: readonly PipelineOption[]; onStarted: () => void }) {
  const [pipelineId, setPipelineId] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [, startRun] = useMutation(StartRunMutation);
  const navigate = useNavigate();
  const chosen = pipelines.find((p) => p.pipelineId === pipelineId);
  const inputs = useMemo(() => {
    const source = chosen?.versions.find((v) => v.number === chosen.latestVersion)?.source;
    try {
      return source ? pipelineGraph(source).inputs : [];
    } catch {
      return [];
    }
  }, [chosen]);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!chosen) return;
    setError(null);
    const result = await startRun({ input: { pipelineId: chosen.pipelineId, projectId: chosen.projectId ?? undefined, inputs: values } });
    const payload = result.data?.startRun;
    if (result.error || !payload) {
      setError(result.error?.message ?? 'The run was not started.');
    } else if (payload.errors.length > 0) {
      setError(payload.errors.map(describeError).join(' '));
    } else if (payload.runId) {
      onStarted();
      await navigate({ to: '/runs/$runId', params: { runId: payload.runId } });
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-2 rounded border bg-white p-3 text-sm shadow-sm" aria-label="Start a run">
      <label className="flex flex-col">
        Pipeline
        <select aria-label="Pipeline to run" value={pipelineId} onChange={(e) => setPipelineId(e.target.value)} className="rounded border px-2 py-1">
          <option value="">choose…</option>
          {pipelines.map((p) => (
            <option key={p.pipelineId} value={p.pipelineId}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      {inputs.map((input) => (
        <label key={input.name} className="flex flex-col">
          {input.name}
          {input.required ? ' *' : ''}
          <input
            aria-label={`Input ${input.name}`}
            title={input.description}
            value={values[input.name] ?? ''}
            onChange={(e) => setValues({ ...values, [input.name]: e.target.value })}
            className="rounded border px-2 py-1"
          />
        </label>
      ))}
      <button type="submit" disabled={!chosen} className="rounded bg-blue-700 px-3 py-1.5 text-white disabled:opacity-50">
        Start run
      </button>
      {error && (
        <p role="alert" className="basis-full text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}
