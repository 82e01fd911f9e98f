// Runs the storage contract against a real Postgres when DATABASE_URL is set (CI always sets
// it); each run uses a fresh schema and drops it afterwards.
import { describe, it } from 'vitest';
import pg from 'pg';
import { storeContract } from '../contract.ts';
import { openPostgresStore } from './postgres-store.ts';

const url = process.env.DATABASE_URL;
const schemas = new WeakMap<object, string>();
let runs = 0;

if (url) {
  storeContract('postgres', {
    async open() {
      const schema = `rt_test_${process.pid}_${Date.now().toString(36)}_${runs++}`;
      const store = await openPostgresStore({ connectionString: url, schema, maxConnections: 4 });
      schemas.set(store, schema);
      return store;
    },
    async dispose(store) {
      await store.close();
      const schema = schemas.get(store);
      if (!schema) return;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  });
} else {
  describe('storage contract: postgres', () => {
    it.skip('skipped: set DATABASE_URL to run the storage contract against Postgres', () => {});
  });
}
