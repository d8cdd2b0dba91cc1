import type { LineError } from './yamlErrors';

/** The source with line numbers; a line with an error is marked and the error shown beneath it. */
export function YamlView({ source, errors }: { source: string; errors: readonly LineError[] }) {
  const byLine = new Map<number, LineError[]>();
  for (const error of errors) byLine.set(error.line, [...(byLine.get(error.line) ?? []), error]);
  return (
    <pre className="overflow-auto rounded border bg-white py-2 text-xs" aria-label="Pipeline YAML">
      {source.split('\n').map((text, index) => {
        const line = index + 1;
        const problems = byLine.get(line);
        return (
          <div key={line} data-line={line} className={problems ? 'bg-red-50' : ''}>
            <span className="inline-block w-10 select-none pr-2 text-right text-slate-400">{line}</span>
            <span>{text}</span>
            {problems?.map((p, i) => (
              <div key={i} role="alert" className="ml-10 whitespace-pre-wrap text-red-700">
                ↑ line {p.line}, column {p.column}: {p.message}
              </div>
            ))}
          </div>
        );
      })}
    </pre>
  );
}
