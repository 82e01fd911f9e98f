// Chooses the store from the settings: Postgres when DATABASE_URL is set, else SQLite.
import type { Config } from '../config.ts';
import type { Store } from './ports.ts';
import { openSqliteStore } from './sqlite/sqlite-store.ts';

export async function openStore(config: Config, sqliteFile: string): Promise<Store> {
  if (config.databaseUrl !== undefined) {
    const { openPostgresStore } = await import('./postgres/postgres-store.ts');
    return openPostgresStore({ connectionString: config.databaseUrl });
  }
  return openSqliteStore({ filename: sqliteFile });
}
