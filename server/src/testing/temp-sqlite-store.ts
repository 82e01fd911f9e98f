// A SQLite store in a folder of its own, for tests that need storage without a server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../storage/ports.ts';
import { openSqliteStore } from '../storage/sqlite/sqlite-store.ts';

export function tempSqliteStore(): { store: Store; dispose: () => Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-store-'));
  const store = openSqliteStore({ filename: join(dir, 'store.sqlite') });
  return {
    store,
    async dispose() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
