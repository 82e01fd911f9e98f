// Opens either database and wraps it in a Kysely<Database>, the one query layer every store is
// written against. Values come back in one shape from both (see database.ts).
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { PostgresPool, PostgresPoolClient, SqliteDatabase } from 'kysely';
import { dirname } from 'node:path';
import type pg from 'pg';
import type { Database } from './database.ts';
import { migratePostgres, migrateSqlite } from './migrate.ts';
import { makeFolder } from '../../folders.ts';

export type SqlDialect = 'sqlite' | 'postgres';

/** What the SQL stores are built on: the query builder and which database is underneath. */
export interface SqlStorage {
  readonly dialect: SqlDialect;
  readonly db: Kysely<Database>;
}

export interface SqliteStorage extends SqlStorage {
  readonly dialect: 'sqlite';
  /** The better-sqlite3 handle, for what Kysely does not do (online backup). */
  readonly sqlite: BetterSqlite3.Database;
}

export interface PostgresStorage extends SqlStorage {
  readonly dialect: 'postgres';
  readonly pool: pg.Pool;
}

export interface SqliteOptions {
  /** A file path, or ':memory:'. */
  filename: string;
}

export interface PostgresOptions {
  connectionString: string;
  /** A schema to use instead of `public` (created if missing); tests use a fresh one each. */
  schema?: string;
  maxConnections?: number;
}

/** Opens (creating if need be) and migrates a SQLite file; synchronous, like better-sqlite3. */
export function openSqlite({ filename }: SqliteOptions): SqliteStorage {
  if (filename !== ':memory:') makeFolder(dirname(filename));
  const sqlite = new BetterSqlite3(filename);
  sqlite.pragma('journal_mode = WAL');
  // NORMAL in WAL mode: a commit survives the process being killed (the OS still has it);
  // only a power cut can lose the last transactions.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  migrateSqlite(sqlite);
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: reusingStatements(sqlite) }),
  });
  return { dialect: 'sqlite', db, sqlite };
}

/** Connects to Postgres and migrates it (once, however many processes start together). */
export async function openPostgres(options: PostgresOptions): Promise<PostgresStorage> {
  // Loaded here, so a server on SQLite never loads the Postgres driver.
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    ...(options.schema ? { options: `-c search_path=${quoteIdent(options.schema)}` } : {}),
  });
  // An idle client's network error must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const client = await pool.connect();
  try {
    if (options.schema)
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(options.schema)}`);
    await migratePostgres(client);
  } finally {
    client.release();
  }
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: parsingLikeSqlite(pool, sqliteLikeTypes(pg.types)) }),
  });
  return { dialect: 'postgres', db, pool };
}

// Kysely's SQLite driver prepares every statement it runs; keeping the prepared statements
// saves that work on the hot path (appending updates, loading documents).
function reusingStatements(sqlite: BetterSqlite3.Database, limit = 500): SqliteDatabase {
  const prepared = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      // Least recently used goes first: a Map iterates in insertion order.
      const statement = prepared.get(sql) ?? sqlite.prepare(sql);
      prepared.delete(sql);
      prepared.set(sql, statement);
      if (prepared.size > limit) prepared.delete(prepared.keys().next().value as string);
      return statement;
    },
  };
}

type TypeParsers = typeof pg.types;
type CustomTypes = { getTypeParser: (oid: number, format?: 'text' | 'binary') => unknown };

function sqliteLikeTypes(types: TypeParsers): CustomTypes {
  const timestamptz = types.getTypeParser(types.builtins.TIMESTAMPTZ) as (v: string) => Date;
  const parsers = new Map<number, (value: string) => unknown>([
    [types.builtins.INT8, Number],
    [types.builtins.BOOL, (value) => (value === 't' ? 1 : 0)],
    [types.builtins.JSON, (value) => value],
    [types.builtins.JSONB, (value) => value],
    [types.builtins.TIMESTAMPTZ, (value) => timestamptz(value).toISOString()],
  ]);
  return {
    getTypeParser: (oid, format) => parsers.get(oid) ?? types.getTypeParser(oid, format),
  };
}

// Kysely's queries parse their results like SQLite's (database.ts); other users of the pool
// keep pg's own parsing.
function parsingLikeSqlite(pool: pg.Pool, sqliteLike: CustomTypes): PostgresPool {
  const wrapped = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  return {
    async connect() {
      const client = await pool.connect();
      let wrapper = wrapped.get(client);
      if (!wrapper) {
        wrapper = {
          // Kysely never streams here, so only the (sql, parameters) form is needed.
          query: ((sql: string, parameters: readonly unknown[]) =>
            client.query({
              text: sql,
              values: [...parameters],
              types: sqliteLike as pg.CustomTypesConfig,
            })) as unknown as PostgresPoolClient['query'],
          release: (destroy?: boolean) => client.release(destroy),
        };
        wrapped.set(client, wrapper);
      }
      return wrapper;
    },
    end: () => pool.end(),
  };
}

function quoteIdent(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`invalid schema name ${name}`);
  return `"${name}"`;
}
