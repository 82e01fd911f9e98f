// A data folder made by the code before the one migrations list (two lists, one per database)
// opens with it: the SQLite file in fixtures/ was written by that code at version 12.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../sqlite/sqlite-store.ts';
import { openSqlite, type SqliteStorage } from './connect.ts';
import { schemaVersion } from './migrate.ts';
import { describeSchema } from './schema-shape.ts';

const fixture = join(import.meta.dirname, 'fixtures', 'main-v12.sqlite');

describe('migrations', () => {
  const dirs: string[] = [];
  const opened: SqliteStorage[] = [];
  afterEach(async () => {
    for (const storage of opened.splice(0)) await storage.db.destroy();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const tempFile = (name: string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'roundtable-migrate-'));
    dirs.push(dir);
    return join(dir, name);
  };

  it('upgrades a SQLite file made by the old list to the same schema as a new one', async () => {
    const upgradedFile = tempFile('old.sqlite');
    copyFileSync(fixture, upgradedFile);
    const upgraded = openSqlite({ filename: upgradedFile });
    const fresh = openSqlite({ filename: tempFile('new.sqlite') });
    opened.push(upgraded, fresh);
    expect(upgraded.sqlite.pragma('user_version', { simple: true })).toBe(schemaVersion);
    expect(await describeSchema(upgraded)).toEqual(await describeSchema(fresh));
    const indexes = await sql<{ name: string }>`
      SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'audit_by_actor'
    `.execute(upgraded.db);
    expect(indexes.rows).toHaveLength(1);
  });

  it('keeps what the old file holds', async () => {
    const file = tempFile('old.sqlite');
    copyFileSync(fixture, file);
    const store = openSqliteStore({ filename: file });
    try {
      expect(await store.workspaces.getWorkspace('ws-1')).toMatchObject({ name: 'Carers Forum' });
      expect(await store.documents.getDocument('doc-1')).toMatchObject({ title: 'Minutes' });
      const state = await store.updates.loadDocument('doc-1');
      expect(state?.refs).toEqual([
        { kind: 'snapshot' },
        { kind: 'log', seq: 1 },
        { kind: 'log', seq: 2 },
      ]);
      expect(await store.updates.listClientAuthors('doc-1')).toEqual([
        { clientId: 42, userId: 'user-1' },
      ]);
      expect(await store.identity.findUserByEmail('amara@example.org')).toMatchObject({
        id: 'user-1',
        isAdmin: true,
      });
    } finally {
      await store.close();
    }
  });
});
