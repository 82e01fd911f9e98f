// `npm test`: every suite (typecheck, lint, format, dependencies, unit + integration,
// end-to-end), then how long each step took and one closing line: "N passed, N failed,
// N skipped". Says clearly which suites were skipped because Postgres or Redis is not configured.
//
// The checks that each use one core (the two typechecks, lint in two halves, format, the
// dependency check) run side by side, as many at once as there are cores; their output is shown
// step by step as each finishes. Then the unit and integration tests.
// Then the end-to-end journeys, on the client and server that `npm install` built (rebuilt here
// only if a source changed since).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
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

const cores = availableParallelism();
const failures = [];
const timings = [];

/** Runs one step; with `quiet`, its output is held and printed in one piece when it ends. */
function step(name, command, args, { env = {}, quiet = false } = {}) {
  const line = `\n=== ${name}: ${[command, ...args].join(' ')}`;
  if (!quiet) console.log(line);
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(command, args, {
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, ...env },
    });
    const held = [];
    child.stdout?.on('data', (chunk) => held.push(chunk));
    child.stderr?.on('data', (chunk) => held.push(chunk));
    child.once('error', (error) => held.push(Buffer.from(`${error.message}\n`)));
    child.once('close', (code) => {
      const seconds = (Date.now() - started) / 1000;
      timings.push(`${name}: ${seconds.toFixed(1)} s`);
      if (quiet) {
        console.log(`${line}  (${seconds.toFixed(1)} s)`);
        process.stdout.write(Buffer.concat(held));
      }
      if (code !== 0) failures.push(name);
      done(code === 0);
    });
  });
}

/** Runs the steps `lanes` at a time, longest first. */
async function sideBySide(steps, lanes) {
  const queue = [...steps];
  const lane = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      await step(next.name, next.command, next.args, { quiet: true });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, lanes) }, lane));
}

const npx = 'npx';
// ESLint's type-aware rules load a TypeScript program per tsconfig: one process for the client's
// files and one for the rest load one program each, and can run side by side.
await sideBySide(
  [
    {
      name: 'lint',
      command: npx,
      args: ['eslint', '.', '--ignore-pattern', 'client/**', '--max-warnings', '0'],
    },
    { name: 'lint (client)', command: npx, args: ['eslint', 'client', '--max-warnings', '0'] },
    { name: 'typecheck (client)', command: npx, args: ['tsc', '-p', 'client/tsconfig.json'] },
    { name: 'typecheck', command: npx, args: ['tsc', '-p', 'tsconfig.json'] },
    { name: 'format', command: npx, args: ['prettier', '--check', '.'] },
    { name: 'dependencies', command: 'node', args: ['scripts/check-dependencies.mjs'] },
  ],
  cores,
);
const vitestJson = join(results, 'vitest.json');
await step('unit and integration', npx, [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
const playwrightJson = join(results, 'playwright.json');
if (await step('build (what is stale)', 'node', ['scripts/build.mjs'])) {
  await step('end-to-end', npx, ['playwright', 'test', '--reporter=list,json'], {
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson },
  });
} else {
  failures.push('end-to-end (not run: the client or the server did not build)');
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

console.log(`\nTime per step: ${timings.join(', ')}\n`);
for (const suite of skippedSuites) console.log(`SKIPPED: ${suite}`);
if (failures.length > 0) console.log(`FAILED steps: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failures.length > 0 || failed > 0 ? 1 : 0);
