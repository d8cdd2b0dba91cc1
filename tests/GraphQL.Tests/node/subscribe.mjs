// Subscribes with the graphql-ws client, collects <count> results, then prints {"results": [...]} (or {"error": ...}).
// Usage: node subscribe.mjs <ws url> <api key> <query> <variables json> <count>
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, key, query, variables, count] = process.argv.slice(2);
const client = createClient({ url, webSocketImpl: WebSocket, lazy: true, retryAttempts: 0, connectionParams: { Authorization: `Bearer ${key}` } });
const results = [];
try {
  await new Promise((resolve, reject) => {
    const stop = client.subscribe({ query, variables: JSON.parse(variables) }, {
      next: (result) => {
        results.push(result);
        if (results.length >= Number(count)) {
          stop();
          resolve();
        }
      },
      error: reject,
      complete: resolve,
    });
  });
  console.log(JSON.stringify({ results: results.slice(0, Number(count)) }));
} catch (error) {
  console.log(JSON.stringify({ results, error: error instanceof Error ? error.message : error }));
} finally {
  await client.dispose();
}
