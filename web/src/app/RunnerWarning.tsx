import { useQuery } from 'urql';
import { graphql } from '../graphql/graphql';

export const ServerQuery = graphql(`
  query Server {
    server {
      runner
      isolation
      warning
    }
  }
`);

/** A banner on every page while the server runs steps without isolation (EVENTAGENTS_RUNNER=unsafe-local). */
export function RunnerWarning() {
  // Asked once: the runner does not change while the server runs.
  const [result] = useQuery({ query: ServerQuery, requestPolicy: 'cache-first' });
  const warning = result.data?.server.warning;
  if (!warning) return null;
  return (
    <div role="alert" className="border-b border-red-300 bg-red-50 px-6 py-2 text-sm text-red-800">
      <strong className="font-semibold">Warning: </strong>
      {warning}
    </div>
  );
}
