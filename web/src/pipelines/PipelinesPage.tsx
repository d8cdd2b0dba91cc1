import { useEffect, useMemo, useState } from 'react';
import { getRouteApi } from '@tanstack/react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { ValidationErrorFields } from '../graphql/errorFragments';
import { graphql } from '../graphql/graphql';
import type { LineError } from './yamlErrors';
import { PipelinesQuery } from '../runs/queries';
import { pipelineGraph } from '../runs/pipelineModel';
import { PipelineGraph } from '../runs/PipelineGraph';
import { YamlView } from './YamlView';
import { yamlErrors } from './yamlErrors';
import { Notice } from '../ui/Notice';
import { formatTime } from '../ui/format';

const routeApi = getRouteApi('/pipelines');

const ValidatePipelineQuery = graphql(`
  query ValidatePipeline($yaml: String!) {
    validatePipeline(yaml: $yaml) {
      code
      message
      line
      column
    }
  }
`);

const DefinePipelineMutation = graphql(`
  mutation DefinePipeline($input: DefinePipelineInput!) {
    definePipeline(input: $input) {
      pipelineId
      pipeline {
        id
        latestVersion
      }
      errors { ...ValidationErrorFields }
    }
  }
`, [ValidationErrorFields]);

export function PipelinesPage() {
  const { pipelineId } = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const [pipelines, refetch] = useQuery({ query: PipelinesQuery });
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
        {chosen && <PipelineDetail key={chosen.pipelineId} pipeline={chosen} onDefined={() => refetch({ requestPolicy: 'network-only' })} />}
      </div>
    </section>
  );
}

function PipelineDetail({ pipeline, onDefined }: { onDefined: () => void; pipeline: { pipelineId: string; projectId?: string | null; name: string; description?: string | null; latestVersion: number; versions: readonly { number: number; source: string; definedBy: string; definedAt: string }[] } }) {
  const [number, setNumber] = useState(pipeline.latestVersion);
  const version = pipeline.versions.find((v) => v.number === number) ?? pipeline.versions[pipeline.versions.length - 1];
  const [draft, setDraft] = useState<string | null>(null);
  const source = draft ?? version?.source ?? '';
  const syntaxErrors = useMemo(() => yamlErrors(source), [source]);
  const [serverErrors, setServerErrors] = useState<{ source: string; errors: LineError[]; other: string[] } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [, define] = useMutation(DefinePipelineMutation);
  const client = useClient();
  // While the person edits, the server checks the draft (a dry run) a moment after they stop typing.
  useEffect(() => {
    if (draft === null || syntaxErrors.length > 0) return;
    const text = draft;
    const check = setTimeout(async () => {
      const result = await client.query(ValidatePipelineQuery, { yaml: text }, { requestPolicy: 'network-only' }).toPromise();
      const found = result.data?.validatePipeline ?? [];
      setServerErrors({
        source: text,
        errors: found.filter((e) => e.line).map((e) => ({ line: e.line!, column: e.column ?? 1, message: `${e.message} (${e.code})` })),
        other: found.filter((e) => !e.line).map((e) => `${e.message} (${e.code})`),
      });
    }, 400);
    return () => clearTimeout(check);
  }, [client, draft, syntaxErrors.length]);
  // The server's errors belong to the text it checked; once the draft changes they no longer point at the right lines.
  const current = serverErrors?.source === source ? serverErrors : null;
  const errors = syntaxErrors.length > 0 ? syntaxErrors : (current?.errors ?? []);

  async function save() {
    setSaved(null);
    const result = await define({ input: { projectId: pipeline.projectId ?? '', yaml: source, pipelineId: pipeline.pipelineId } });
    const payload = result.data?.definePipeline;
    if (result.error || !payload) {
      setServerErrors({ source, errors: [], other: [result.error?.message ?? 'The server did not answer.'] });
      return;
    }
    const located = payload.errors.flatMap((e) => ('line' in e && e.line ? [{ line: e.line, column: e.column ?? 1, message: `${e.message} (${e.code})` }] : []));
    const other = payload.errors.filter((e) => !('line' in e && e.line)).map((e) => `${e.message} (${e.code})`);
    setServerErrors({ source, errors: located, other });
    if (payload.errors.length === 0 && payload.pipeline) {
      setSaved(`Saved as version ${payload.pipeline.latestVersion}.`);
      setDraft(null);
      setNumber(payload.pipeline.latestVersion);
      onDefined();
    }
  }
  const model = useMemo(() => {
    if (syntaxErrors.length > 0) return null;
    try {
      return pipelineGraph(source);
    } catch {
      return null;
    }
  }, [source, syntaxErrors]);
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
          {saved && <Notice kind="ok">{saved}</Notice>}
          {current?.other.map((message) => <Notice key={message}>{message}</Notice>)}
          <YamlView source={source} errors={errors} />
          <details className="text-sm">
            <summary className="cursor-pointer">Edit a draft (checked by the server as you type)</summary>
            <textarea aria-label="Draft YAML" className="mt-2 h-64 w-full rounded border p-2 font-mono text-xs" value={source} onChange={(e) => setDraft(e.target.value)} />
            <div className="mt-2 flex items-center gap-3">
              <button type="button" disabled={draft === null} onClick={save} className="rounded bg-blue-700 px-3 py-1 text-white disabled:opacity-50">
                Save as a new version
              </button>
              <span className="text-xs text-slate-500">The server validates it; its errors show at their lines above.</span>
            </div>
          </details>
        </div>
        {model ? <PipelineGraph model={model} steps={{}} /> : <Notice>Fix the YAML errors to see the graph.</Notice>}
      </div>
    </div>
  );
}
