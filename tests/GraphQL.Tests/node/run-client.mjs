// With the npm graphql-ws client: subscribes to runChanged(runId), then starts that run with the startRun mutation
// over the same connection, and collects every change until the server completes the subscription.
// Usage: node run-client.mjs <ws url> <api key> <json of {runId, pipelineId, projectId}>
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, key, json] = process.argv.slice(2);
const { runId, pipelineId, projectId } = JSON.parse(json);
const client = createClient({
  url,
  webSocketImpl: WebSocket,
  lazy: true,
  retryAttempts: 0,
  connectionParams: { Authorization: `Bearer ${key}` },
});

const subscription = `subscription ($runId: ID!) {
  runChanged(runId: $runId) { version type runStatus stepId output result step { status attempt result output } }
}`;
const start = `mutation ($input: StartRunInput!) {
  startRun(input: $input) { runId version errors { __typename code message } }
}`;

function run(payload) {
  const results = [];
  return new Promise((resolve, reject) => client.subscribe(payload, {
    next: (result) => results.push(result),
    error: reject,
    complete: () => resolve(results),
  }));
}

try {
  const changes = run({ query: subscription, variables: { runId } });
  const started = await run({ query: start, variables: { input: { runId, pipelineId, projectId } } });
  console.log(JSON.stringify({ started, changes: await changes }));
} catch (error) {
  const detail = error instanceof Error ? error.message : Array.isArray(error) ? error : { code: error?.code, reason: error?.reason };
  console.log(JSON.stringify({ error: detail }));
} finally {
  await client.dispose();
}
