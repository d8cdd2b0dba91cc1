// A tiny GraphQL-over-HTTP server on graphql-js: POST JSON, documents parsed and validated once per text (as ours
// caches them), execute, JSON.stringify. Prints its port on stdout.
import http from 'node:http';
import { parse, validate, execute } from 'graphql';
import { schema, rootValue } from './schema.mjs';

const documents = new Map();

function prepare(source) {
  let entry = documents.get(source);
  if (!entry) {
    try {
      const document = parse(source);
      const errors = validate(schema, document);
      entry = errors.length ? { errors } : { document };
    } catch (error) {
      entry = { errors: [error] };
    }
    if (documents.size >= 1000) documents.clear();
    documents.set(source, entry);
  }
  return entry;
}

function reply(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/graphql-response+json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

const server = http.createServer((req, res) => {
  if (req.method !== 'POST') return reply(res, 405, { errors: [{ message: 'POST only' }] });
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', async () => {
    let params;
    try {
      params = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch (error) {
      return reply(res, 400, { errors: [{ message: String(error) }] });
    }
    const prepared = prepare(params.query);
    if (prepared.errors) return reply(res, 400, { errors: prepared.errors });
    const result = await execute({ schema, document: prepared.document, rootValue, variableValues: params.variables, operationName: params.operationName });
    reply(res, 200, result);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
