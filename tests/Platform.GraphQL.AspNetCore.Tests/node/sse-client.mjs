// Subscribes with the graphql-sse client (distinct connections mode) and prints {"results": [...]} or {"error": ...}.
// Usage: node sse-client.mjs <http url> <query> [authorization header]
import { createClient } from 'graphql-sse';

const [url, query, authorization] = process.argv.slice(2);
const client = createClient({
  url,
  retryAttempts: 0,
  headers: authorization ? { Authorization: authorization } : {},
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
  console.log(JSON.stringify({ results, error: error instanceof Error ? error.message : String(error) }));
} finally {
  client.dispose();
}
