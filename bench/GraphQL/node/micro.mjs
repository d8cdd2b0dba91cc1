// Microseconds per execution of a cached (parsed and validated once) query with graphql-js: execute + JSON.stringify.
// Usage: node micro.mjs <query> <seconds>; prints one number.
import { parse, validate, execute } from 'graphql';
import { schema, rootValue } from './schema.mjs';

const [query, seconds = '3'] = process.argv.slice(2);
const document = parse(query);
if (validate(schema, document).length) throw new Error('invalid query');
const run = () => JSON.stringify(execute({ schema, document, rootValue }));
for (let i = 0; i < 50_000; i++) run();
const budget = BigInt(Math.round(Number(seconds) * 1e9));
const start = process.hrtime.bigint();
let count = 0;
let elapsed = 0n;
while (elapsed < budget) {
  for (let i = 0; i < 1000; i++) run();
  count += 1000;
  elapsed = process.hrtime.bigint() - start;
}
console.log((Number(elapsed) / 1000 / count).toFixed(3));
