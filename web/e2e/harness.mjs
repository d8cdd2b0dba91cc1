// A small sequential test harness over playwright-core: named tests, pass/fail/skip counts, a screenshot per page.
import { mkdirSync } from 'node:fs';

export const screenshots = new URL('./screenshots/', import.meta.url).pathname;
mkdirSync(screenshots, { recursive: true });

const results = { passed: 0, failed: 0, skipped: 0 };

export class Skip extends Error {}

let currentPage;

/** The page to photograph when a test fails. */
export const onFailureShoot = (page) => (currentPage = page);

export async function test(name, body) {
  const started = Date.now();
  try {
    await body();
    results.passed += 1;
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    if (error instanceof Skip) {
      results.skipped += 1;
      console.log(`  - ${name} (skipped: ${error.message})`);
      return;
    }
    results.failed += 1;
    await currentPage?.screenshot({ path: `${screenshots}failed-${name.replace(/[^a-z0-9]+/gi, '-')}.png`, fullPage: true }).catch(() => {});
    console.log(`  ✗ ${name} (${Date.now() - started} ms)\n    ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n    ')}`);
  }
}

export const summary = () => results;

export async function screenshot(page, name) {
  await page.screenshot({ path: `${screenshots}${name}.png`, fullPage: true });
}

export function expect(condition, message) {
  if (!condition) throw new Error(message);
}
