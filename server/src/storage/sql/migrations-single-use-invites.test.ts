// Upgrading a database that already holds invite links made for join requests: those links
// become single-use, and one someone already joined with stops working from that first join;
// an ordinary invite link is left as it was.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { postgresColumnTypes, sqliteColumnTypes } from './column-types.ts';
import { migrateSqlite } from './migrate.ts';
import { migrations } from './migrations.ts';
import { singleUseInviteMigrations } from './migrations-single-use-invites.ts';

// Where the step sits among all of them (later steps may follow it).
const before = migrations.indexOf(singleUseInviteMigrations[0]!);

const existingRows = `
      INSERT INTO workspaces (id, name, created_at) VALUES ('w1', 'Forum', '2026-01-01T00:00:00Z');
      INSERT INTO users (id, name, colour, information, created_at)
        VALUES ('u1', 'Jo', '#000000', '{}', '2026-01-01T00:00:00Z');
      INSERT INTO invites (id, token_hash, workspace_id, role, created_by, created_at, expires_at)
        VALUES
          ('joined', 'h1', 'w1', 'member', 'u1', '2026-01-02T00:00:00Z', '2026-02-01T00:00:00Z'),
          ('waiting', 'h2', 'w1', 'member', 'u1', '2026-01-02T00:00:00Z', '2026-02-01T00:00:00Z'),
          ('ordinary', 'h3', 'w1', 'member', 'u1', '2026-01-02T00:00:00Z', '2026-02-01T00:00:00Z');
      INSERT INTO join_requests
        (id, workspace_id, name, contact, needs, reason, state, received_at, invite_id, person_id)
        VALUES
          ('r1', 'w1', 'Jo', '{}', '', '', 'joined', '2026-01-01T00:00:00Z', 'joined', 'u1'),
          ('r2', 'w1', 'Al', '{}', '', '', 'invited', '2026-01-01T00:00:00Z', 'waiting', NULL);
      INSERT INTO memberships (workspace_id, user_id, role, joined_at, invite_id)
        VALUES ('w1', 'u1', 'member', '2026-01-03T00:00:00Z', 'joined');
`;

const expected = [
  { id: 'joined', single_use: 1, revoked_at: '2026-01-03T00:00:00.000Z' },
  { id: 'ordinary', single_use: 0, revoked_at: null },
  { id: 'waiting', single_use: 1, revoked_at: null },
];

describe('the single-use invite step', () => {
  it('makes join-request links single-use, and spends those already joined with', () => {
    const db = new BetterSqlite3(':memory:');
    for (let version = 0; version < before; version++) {
      db.exec(migrations[version]!(sqliteColumnTypes));
    }
    db.pragma(`user_version = ${before}`);
    db.exec(existingRows);
    migrateSqlite(db);
    const invites = db.prepare('SELECT id, single_use, revoked_at FROM invites ORDER BY id').all();
    expect(invites).toEqual(
      expected.map((row) => ({ ...row, revoked_at: row.revoked_at?.replace('.000', '') ?? null })),
    );
    db.close();
  });

  const url = process.env.DATABASE_URL;
  it.runIf(url)('does the same on Postgres', async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const schema = `rt_single_use_${process.pid}_${Date.now().toString(36)}`;
    try {
      await client.query(`CREATE SCHEMA "${schema}"; SET search_path TO "${schema}"`);
      for (let version = 0; version < migrations.length; version++) {
        if (version === before) await client.query(existingRows);
        await client.query(migrations[version]!(postgresColumnTypes));
      }
      const { rows } = await client.query<{ id: string; single_use: boolean; revoked_at: Date }>(
        'SELECT id, single_use, revoked_at FROM invites ORDER BY id',
      );
      expect(
        rows.map((row) => ({
          id: row.id,
          single_use: row.single_use ? 1 : 0,
          revoked_at: row.revoked_at?.toISOString() ?? null,
        })),
      ).toEqual(expected);
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    }
  });
});
