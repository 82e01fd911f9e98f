import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { storeContract } from '../contract.ts';
import { openSqliteStore } from './sqlite-store.ts';

const files = new WeakMap<object, string>();

storeContract('sqlite', {
  async open() {
    const file = join(mkdtempSync(join(tmpdir(), 'roundtable-sqlite-')), 'store.sqlite');
    const store = openSqliteStore({ filename: file });
    files.set(store, file);
    return store;
  },
  async dispose(store) {
    await store.close();
    const file = files.get(store);
    if (file) rmSync(dirname(file), { recursive: true, force: true });
  },
});
