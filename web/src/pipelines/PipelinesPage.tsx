import { useMemo, useState } from 'react';
import { getRouteApi } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { PipelinesQuery } from '../runs/queries';
import { pipelineGraph } from '../runs/pipelineModel';
import { PipelineGraph } from '../runs/PipelineGraph';
import { YamlView } from './YamlView';
import { yamlErrors } from './yamlErrors';
import { Notice } from '../ui/Notice';
import { formatTime } from '../ui/format';

const routeApi = getRouteApi('/pipelines');

export function PipelinesPage() {
  const { pipelineId } = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const [pipelines] = useQuery({ query: PipelinesQuery });
  const list = pipelines.data?.pipelines.nodes ?? [];
  const chosen = list.find((p) => p.pipelineId === pipelineId) ?? list[0];
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">Pipelines</h1>
      {pipelines.error && <Notice>{pipelines.error.message}</Notice>}
      <div className="grid gap-4 lg:grid-cols-[16rem_1fr]">
        <ul className="space-y-2" aria-label="Pipelines">
          {list.map((p) => (
            <li key={p.pipelineId}>
              <button type="button" onClick={() => navigate({ search: { pipelineId: p.pipelineId } })} className={`w-full rounded border bg-white p-2 text-left text-sm ${chosen?.pipelineId === p.pipelineId ? 'ring-2 ring-blue-500' : ''}`}>
                <div className="font-semibold">{p.name}</div>
                <div className="text-xs text-slate-500">
                  v{p.latestVersion} · {formatTime(p.updatedAt)}
                </div>
              </button>
            </li>
          ))}
        </ul>
        {chosen && <PipelineDetail key={chosen.pipelineId} pipeline={chosen} />}
      </div>
    </section>
  );
}

function PipelineDetail({ pipeline }: { pipeline: { name: string; description?: string | null; latestVersion: number; versions: readonly { number: number; source: string; definedBy: string; definedAt: string }[] } }) {
  const [number, setNumber] = useState(pipeline.latestVersion);
  const version = pipeline.versions.find((v) => v.number === number) ?? pipeline.versions[pipeline.versions.length - 1];
  const [draft, setDraft] = useState<string | null>(null);
  const source = draft ?? version?.source ?? '';
  const errors = useMemo(() => yamlErrors(source), [source]);
  const model = useMemo(() => {
    if (errors.length > 0) return null;
    try {
      return pipelineGraph(source);
    } catch {
      return null;
    }
  }, [source, errors]);
  return (
    <div className="space-y-3">
      <div className="flex items-center gap-3 text-sm">
        <h2 className="text-lg font-semibold">{pipeline.name}</h2>
        <select aria-label="Version" value={number} onChange={(e) => { setNumber(Number(e.target.value)); setDraft(null); }} className="rounded border px-2 py-1">
          {pipeline.versions.map((v) => (
            <option key={v.number} value={v.number}>
              version {v.number}
            </option>
          ))}
        </select>
        {version && (
          <span className="text-slate-500">
            defined by {version.definedBy} · {formatTime(version.definedAt)}
          </span>
        )}
      </div>
      {pipeline.description && <p className="text-sm text-slate-600">{pipeline.description}</p>}
      <div className="grid gap-3 xl:grid-cols-2">
        <div className="space-y-2">
          <YamlView source={source} errors={errors} />
          <details className="text-sm">
            <summary className="cursor-pointer">Edit a draft (checked as you type)</summary>
            <textarea aria-label="Draft YAML" className="mt-2 h-64 w-full rounded border p-2 font-mono text-xs" value={source} onChange={(e) => setDraft(e.target.value)} />
            <p className="text-xs text-slate-500">Saving a new version needs a definePipeline mutation, which the API does not offer yet; its validation errors would show at their lines here.</p>
          </details>
        </div>
        {model ? <PipelineGraph model={model} steps={{}} /> : <Notice>Fix the YAML errors to see the graph.</Notice>}
      </div>
    </div>
  );
}
