import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ReactNode } from 'react';
import { buildSchema } from 'graphql';
import { Client, Provider } from 'urql';
import { executeExchange } from '@urql/exchange-execute';
import { RouterProvider, createMemoryHistory, createRootRoute, createRouter } from '@tanstack/react-router';
import { render } from '@testing-library/react';

/** The product's schema from its committed snapshot: documents the components send are validated against it. */
export const schema = buildSchema(readFileSync(resolve(process.cwd(), '../tests/GraphQL.Tests/schema.graphql'), 'utf8'));

/** Resolvers by root field; a subscription field returns an async iterable of `{ field: value }` payloads. */
export type RootValue = Record<string, unknown>;

/** A urql client that executes every operation against the schema with graphql-js (no network). */
export function schemaClient(rootValue: RootValue): Client {
  return new Client({ url: 'http://test/graphql', exchanges: [executeExchange({ schema, rootValue })] });
}

/** Renders `ui` inside a router (so links work) and a client answering from `rootValue`. */
export function renderWithApi(ui: ReactNode, rootValue: RootValue, path = '/') {
  const rootRoute = createRootRoute({ component: () => <>{ui}</> });
  const router = createRouter({ routeTree: rootRoute, history: createMemoryHistory({ initialEntries: [path] }) });
  return render(
    <Provider value={schemaClient(rootValue)}>
      <RouterProvider router={router} />
    </Provider>,
  );
}

/** A subscription source the test pushes payloads into, one at a time. */
export function pushable<T>() {
  const queue: T[] = [];
  let wake: (() => void) | null = null;
  let done = false;
  return {
    push(value: T) {
      queue.push(value);
      wake?.();
    },
    end() {
      done = true;
      wake?.();
    },
    async *[Symbol.asyncIterator]() {
      while (true) {
        while (queue.length > 0) yield queue.shift()!;
        if (done) return;
        await new Promise<void>((r) => (wake = r));
        wake = null;
      }
    },
  };
}

/** Renders the whole dashboard (its real routes) at `path`, answering from `rootValue`. */
export async function renderApp(path: string, rootValue: RootValue) {
  const { routeTree } = await import('../app/router');
  const router = createRouter({ routeTree, history: createMemoryHistory({ initialEntries: [path] }) });
  return render(
    <Provider value={schemaClient(rootValue)}>
      <RouterProvider router={router} />
    </Provider>,
  );
}
