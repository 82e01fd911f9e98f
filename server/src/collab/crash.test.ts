// Nothing anyone has seen is lost when the server process is killed outright, and a graceful
// stop stores and compacts within its deadline.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  seedAdminInDataDir,
  TestApi,
  appendParagraph,
  connectClient,
  eventually,
  whenSynced,
  type TestClient,
} from '../testing/harness.ts';
import { freePort, startServerProcess, type ServerProcess } from '../testing/process.ts';

describe('a server process that dies', () => {
  const running: ServerProcess[] = [];
  const clients: TestClient[] = [];
  const dirs: string[] = [];
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
    for (const server of running.splice(0)) server.child.kill('SIGKILL');
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  async function start(port: number, dataDir: string): Promise<ServerProcess> {
    const server = await startServerProcess({ port, dataDir });
    running.push(server);
    return server;
  }

  it('keeps every update a second client saw when it is killed with SIGKILL', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-crash-'));
    dirs.push(dataDir);
    const port = await freePort();
    const token = await seedAdminInDataDir(dataDir);
    const server = await start(port, dataDir);
    const { id } = await new TestApi(server.origin, token).createDocument();
    const writer = connectClient(server.wsOrigin, id, { token });
    const watcher = connectClient(server.wsOrigin, id, { token });
    clients.push(writer, watcher);
    await Promise.all([whenSynced(writer), whenSynced(watcher)]);

    for (let i = 0; i < 200; i++) appendParagraph(writer.doc, `update ${i}`);
    await eventually(() => expect(watcher.text().match(/update \d+/g)).toHaveLength(200));
    const seen = watcher.text();
    server.child.kill('SIGKILL');
    expect(await server.exited).toBe('SIGKILL');
    writer.destroy();
    watcher.destroy();

    const restarted = await start(port, dataDir);
    const fresh = connectClient(restarted.wsOrigin, id, { token });
    clients.push(fresh);
    await whenSynced(fresh);
    expect(fresh.text()).toBe(seen);
  });

  it('stores, compacts and exits promptly on SIGTERM, and the document reopens whole', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-stop-'));
    dirs.push(dataDir);
    const port = await freePort();
    const token = await seedAdminInDataDir(dataDir);
    const server = await start(port, dataDir);
    const { id } = await new TestApi(server.origin, token).createDocument();
    const writer = connectClient(server.wsOrigin, id, { token });
    clients.push(writer);
    await whenSynced(writer);
    for (let i = 0; i < 100; i++) appendParagraph(writer.doc, `line ${i}`);
    const reader = connectClient(server.wsOrigin, id, { token });
    clients.push(reader);
    await eventually(() => expect(reader.text()).toBe(writer.text()));
    const started = Date.now();
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);

    // Compacted on the way out: the next start loads one snapshot, no log tail.
    const { openSqliteStore } = await import('../storage/sqlite/sqlite-store.ts');
    const store = openSqliteStore({ filename: join(dataDir, 'roundtable.sqlite') });
    expect((await store.updates.loadDocument(id))?.logBytes).toBe(0);
    await store.close();

    const restarted = await start(port, dataDir);
    const fresh = connectClient(restarted.wsOrigin, id, { token });
    clients.push(fresh);
    await whenSynced(fresh);
    expect(fresh.text()).toBe(writer.text());
  });
});
