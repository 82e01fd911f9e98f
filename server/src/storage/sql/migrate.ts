// Applies the migrations list (migrations.ts) to either database, each step in its own
// transaction together with the record of the version it reaches.
import type BetterSqlite3 from 'better-sqlite3';
import type { PoolClient } from 'pg';
import { postgresColumnTypes, sqliteColumnTypes } from './column-types.ts';
import { migrations } from './migrations.ts';

const MIGRATION_LOCK = 727_001;

/** SQLite: synchronous, so opening a SQLite store stays synchronous. */
export function migrateSqlite(db: BetterSqlite3.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < migrations.length; version++) {
    db.transaction(() => {
      db.exec(migrations[version]?.(sqliteColumnTypes) ?? '');
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

/**
 * Postgres: under an advisory lock, so that several processes starting together migrate once.
 * Returns how many steps it applied.
 */
export async function migratePostgres(client: PoolClient): Promise<number> {
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query<{ version: number | null }>(
      'SELECT max(version) AS version FROM schema_migrations',
    );
    const current = rows[0]?.version ?? 0;
    for (let version = current; version < migrations.length; version++) {
      await client.query('BEGIN');
      try {
        await client.query(migrations[version]?.(postgresColumnTypes) ?? '');
        await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version + 1]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
    return migrations.length - current;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}

/** The latest version, which a fully migrated database records. */
export const schemaVersion = migrations.length;
