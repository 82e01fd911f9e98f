// `npm test`: every suite in order (typecheck, lint, format, unit + integration, end-to-end),
// then one closing line: "N passed, N failed, N skipped". Says clearly which suites were
// skipped because Postgres or Redis is not configured.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const results = join('test-results', 'summary');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const skippedSuites = [];
if (!process.env.DATABASE_URL) {
  skippedSuites.push('Postgres storage contract (set DATABASE_URL=postgres://… to run it)');
}
if (!process.env.REDIS_URL) {
  skippedSuites.push('multi-process fan-out over Redis (set REDIS_URL=redis://… to run it)');
}

const failures = [];
function step(name, command, args, env = {}) {
  console.log(`\n=== ${name}: ${[command, ...args].join(' ')}`);
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (run.status !== 0) failures.push(name);
  return run.status === 0;
}

const npx = 'npx';
step('typecheck', npx, ['tsc', '-p', 'tsconfig.json']);
step('typecheck (client)', npx, ['tsc', '-p', 'client/tsconfig.json']);
step('lint', npx, ['eslint', '.', '--max-warnings', '0']);
step('format', npx, ['prettier', '--check', '.']);
const vitestJson = join(results, 'vitest.json');
step('unit and integration', npx, [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
const playwrightJson = join(results, 'playwright.json');
if (step('build client', 'npm', ['run', 'build'])) {
  step('end-to-end', npx, ['playwright', 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
  });
} else {
  failures.push('end-to-end (not run: the client did not build)');
}

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests + (v.numTodoTests ?? 0);
}
if (existsSync(playwrightJson)) {
  const p = JSON.parse(readFileSync(playwrightJson, 'utf8')).stats;
  passed += p.expected + p.flaky;
  failed += p.unexpected;
  skipped += p.skipped;
}

console.log('');
for (const suite of skippedSuites) console.log(`SKIPPED: ${suite}`);
if (failures.length > 0) console.log(`FAILED steps: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failures.length > 0 || failed > 0 ? 1 : 0);
