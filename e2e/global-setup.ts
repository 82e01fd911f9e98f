// Before any journey: build the client and the compiled server the journeys run, when they are
// missing or older than their sources (scripts/build.mjs says which; up to date, it takes a moment).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function buildWhatIsStale(): void {
  const root = resolve(import.meta.dirname, '..');
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
}
