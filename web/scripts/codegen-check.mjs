// Fails when src/graphql/graphql-env.d.ts is not what the committed schema snapshot generates
// (run `npm run codegen` after tests/GraphQL.Tests/schema.graphql changes).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const committed = new URL('../src/graphql/graphql-env.d.ts', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'codegen-'));
const fresh = join(dir, 'graphql-env.d.ts');
try {
  execFileSync('npx', ['gql-tada', 'generate', 'output', '--output', fresh], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
    console.error('Codegen check: src/graphql/graphql-env.d.ts is stale; run `npm run codegen` in web/ and commit it.');
    process.exit(1);
  }
  console.log('Codegen check: types match the schema snapshot.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
