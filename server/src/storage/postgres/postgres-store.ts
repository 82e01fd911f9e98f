// The Postgres store (pg), chosen when DATABASE_URL is set, so several processes can share one
// deployment. Same port and contract suite as the SQLite store.
import type { Store } from '../ports.ts';
import { openPostgres, type PostgresOptions } from '../sql/connect.ts';
import { sqlStores } from '../sql/sql-store.ts';
import { sqlIdentity } from '../sql/identity.ts';

export type PostgresStoreOptions = PostgresOptions;

export async function openPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const storage = await openPostgres(options);
  const { pool } = storage;
  return {
    kind: 'postgres',
    identity: sqlIdentity(storage),
    ...sqlStores(storage),
    async close() {
      await storage.db.destroy();
      if (!pool.ended) await pool.end();
    },
  };
}
