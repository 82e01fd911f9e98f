// `npm run fuzz -- --minutes N [--seed S]`: runs every fuzzer (`*.fuzz.test.ts`) for N minutes
// each instead of the short run inside `npm test`.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { minutes: { type: 'string', default: '5' }, seed: { type: 'string' } },
});
const minutes = Number(values.minutes);
if (!Number.isFinite(minutes) || minutes <= 0) {
  console.error('--minutes must be a positive number');
  process.exit(2);
}
const env = { ...process.env, FUZZ_MINUTES: String(minutes) };
if (values.seed !== undefined) env.FUZZ_SEED = values.seed;
const timeoutMs = String(Math.ceil(minutes * 60_000 * 2 + 120_000));
const run = spawnSync(
  'npx',
  ['vitest', 'run', '--testTimeout', timeoutMs, '--hookTimeout', timeoutMs, 'fuzz.test'],
  { stdio: 'inherit', env },
);
process.exit(run.status ?? 1);
