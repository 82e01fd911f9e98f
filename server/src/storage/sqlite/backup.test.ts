// An online backup taken while people edit restores to exactly what was stored at that moment.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  appendParagraph,
  connectClient,
  eventually,
  startTestServer,
  whenSynced,
  type TestClient,
  type TestServer,
} from '../../testing/harness.ts';
import { openSqliteStore } from './sqlite-store.ts';

describe('SQLite backup and restore', () => {
  const servers: TestServer[] = [];
  const clients: TestClient[] = [];
  const dirs: string[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const server of servers.splice(0)) await server.close();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('restores a document to what was stored when the backup was taken', async () => {
    const server = await startTestServer();
    servers.push(server);
    const { id } = await server.api.createDocument();
    const writer = connectClient(server.wsOrigin, id, { token: server.adminToken });
    clients.push(writer);
    await whenSynced(writer);
    for (let i = 0; i < 20; i++) appendParagraph(writer.doc, `before backup ${i}`);
    const reader = connectClient(server.wsOrigin, id, { token: server.adminToken });
    clients.push(reader);
    await eventually(() => expect(reader.text()).toBe(writer.text()));
    const atBackup = writer.text();

    const backupDir = mkdtempSync(join(tmpdir(), 'roundtable-backup-'));
    dirs.push(backupDir);
    const progress: number[] = [];
    await server.store.backup!(join(backupDir, 'copy.sqlite'), (f) => progress.push(f));
    expect(progress.at(-1)).toBe(1);
    appendParagraph(writer.doc, 'after backup');
    await eventually(() => expect(reader.text()).toContain('after backup'));

    // Restore: a fresh data folder whose database is the backup file.
    const restoredServer = await startTestServer({}, async (dataDir) => {
      copyFileSync(join(backupDir, 'copy.sqlite'), join(dataDir, 'roundtable.sqlite'));
      return openSqliteStore({ filename: join(dataDir, 'roundtable.sqlite') });
    });
    servers.push(restoredServer);
    const fresh = connectClient(restoredServer.wsOrigin, id, { token: restoredServer.adminToken });
    clients.push(fresh);
    await whenSynced(fresh);
    expect(fresh.text()).toBe(atBackup);
    expect(fresh.text()).not.toContain('after backup');
  });
});
