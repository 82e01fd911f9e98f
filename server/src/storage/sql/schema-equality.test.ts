// Both databases end up with the same tables, columns (name, nullability, storage class) and
// indexes (name, columns, unique) from the one migrations list. The Postgres half runs when
// DATABASE_URL is set, in a fresh schema dropped afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openPostgres, openSqlite } from './connect.ts';
import { describeSchema, type SchemaShape } from './schema-shape.ts';

const url = process.env.DATABASE_URL;

async function sqliteSchema(): Promise<SchemaShape> {
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-schema-'));
  const storage = openSqlite({ filename: join(dir, 'schema.sqlite') });
  try {
    return await describeSchema(storage);
  } finally {
    await storage.db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('schema equality', () => {
  it('SQLite has every table with a primary key and its indexes', async () => {
    const schema = await sqliteSchema();
    expect(Object.keys(schema)).toHaveLength(28);
    expect(schema.hard_words?.indexes).toEqual([
      'hard_words_by_key unique (workspace_id, word_key)',
    ]);
    expect(schema.audit_log?.indexes).toEqual([
      'audit_by_actor (actor_id)',
      'audit_by_subject (subject)',
      'audit_by_workspace (workspace_id, id)',
    ]);
  });

  if (url) {
    it('SQLite and Postgres have the same tables, columns and indexes', async () => {
      const schema = `rt_schema_${process.pid}_${Date.now().toString(36)}`;
      const storage = await openPostgres({ connectionString: url, schema, maxConnections: 1 });
      let postgres: SchemaShape;
      try {
        postgres = await describeSchema(storage);
      } finally {
        await sql`DROP SCHEMA IF EXISTS ${sql.id(schema)} CASCADE`.execute(storage.db);
        await storage.db.destroy();
      }
      const sqlite = await sqliteSchema();
      // SQLite's users.email also keeps the column's own UNIQUE COLLATE NOCASE, which a table
      // cannot drop without being rebuilt; users_by_email makes the same rule on both.
      expect(sqlite.users?.indexes).toContain('unique constraint unique (email)');
      sqlite.users!.indexes = sqlite.users!.indexes.filter(
        (index) => index !== 'unique constraint unique (email)',
      );
      expect(sqlite).toEqual(postgres);
    });
  } else {
    it.skip('skipped: set DATABASE_URL to compare the SQLite schema with Postgres', () => {});
  }
});
