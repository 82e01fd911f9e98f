// The data folder's lock (one server per SQLite DATA_DIR). Across processes, and after SIGKILL,
// in built-server.test.ts; here, what a second taker is told, and that a release frees it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { DataDirInUse, lockDataDir } from './data-dir-lock.ts';

const folder = mkdtempSync(join(tmpdir(), 'roundtable-lock-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

it('is held by one taker at a time, who is named by pid, until released', () => {
  const dataDir = join(folder, 'data');
  const lock = lockDataDir(dataDir);
  let refused: unknown;
  try {
    lockDataDir(dataDir);
  } catch (error) {
    refused = error;
  }
  expect(refused).toBeInstanceOf(DataDirInUse);
  expect((refused as DataDirInUse).pid).toBe(process.pid);
  expect((refused as DataDirInUse).message).toBe(
    `Another Roundtable server (pid ${process.pid}) is using DATA_DIR ${JSON.stringify(dataDir)}`,
  );
  lock.release();
  lockDataDir(dataDir).release();
});
