import { Client, cacheExchange, fetchExchange, subscriptionExchange } from 'urql';
import { createClient as createWsClient } from 'graphql-ws';
import { apiKey } from './apiKey';

/** The urql client: queries and mutations over HTTP, subscriptions over graphql-transport-ws, both with the API key. */
export function createApiClient(key: string, origin: string = window.location.origin): Client {
  const ws = createWsClient({
    url: origin.replace(/^http/, 'ws') + '/graphql',
    connectionParams: () => ({ Authorization: `Bearer ${key}` }),
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    on: {
      closed: (event) => {
        // 4403 is the server refusing the key: forget it so the sign-in form shows.
        if ((event as CloseEvent).code === 4403) {
          apiKey.clear();
          window.location.reload();
        }
      },
    },
  });
  return new Client({
    url: origin + '/graphql',
    requestPolicy: 'cache-and-network',
    fetchOptions: () => ({ headers: { Authorization: `Bearer ${key}` } }),
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
}
