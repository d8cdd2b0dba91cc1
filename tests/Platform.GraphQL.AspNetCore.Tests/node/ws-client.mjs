// Subscribes with the graphql-ws client and prints {"results": [...]} or {"error": ...} as JSON.
// Usage: node ws-client.mjs <ws url> <query> [connectionParams json]
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, query, params] = process.argv.slice(2);
const client = createClient({
  url,
  webSocketImpl: WebSocket,
  lazy: true,
  retryAttempts: 0,
  connectionParams: params ? JSON.parse(params) : undefined,
});
const results = [];
try {
  await new Promise((resolve, reject) => client.subscribe({ query }, {
    next: (result) => results.push(result),
    error: reject,
    complete: resolve,
  }));
  console.log(JSON.stringify({ results }));
} catch (error) {
  const detail = error instanceof Error ? error.message : Array.isArray(error) ? error : { code: error?.code, reason: error?.reason };
  console.log(JSON.stringify({ results, error: detail }));
} finally {
  await client.dispose();
}
