// The stores an integration suite runs against: SQLite always (the harness's own), and Postgres
// when DATABASE_URL is set, each Postgres run in a fresh schema dropped afterwards.
import pg from 'pg';
import { openPostgresStore } from '../storage/postgres/postgres-store.ts';
import type { Store } from '../storage/ports.ts';

export interface StoreUnderTest {
  name: string;
  /** Unset for SQLite, which startTestServer opens by itself. */
  open?: () => { open: (dataDir: string) => Promise<Store>; dispose: () => Promise<void> };
}

export function storesUnderTest(schemaPrefix: string): StoreUnderTest[] {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) return [{ name: 'SQLite' }];
  let schemas = 0;
  const postgres = () => {
    const schema = `${schemaPrefix}_${process.pid}_${Date.now().toString(36)}_${schemas++}`;
    return {
      open: () => openPostgresStore({ connectionString: databaseUrl, schema }),
      async dispose() {
        const client = new pg.Client({ connectionString: databaseUrl });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.end();
      },
    };
  };
  return [{ name: 'SQLite' }, { name: 'Postgres', open: postgres }];
}
