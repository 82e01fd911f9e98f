// The admin CLI builds the services only. A command does its work and the process ends by
// itself: no HTTP server or Socket.IO holds it open (its port stays free for the real server),
// and no background job runs (a document that is due to leave the bin stays there).
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDataDir } from '../storage/sqlite/data-dir-lock.ts';
import { openSqliteStore } from '../storage/sqlite/sqlite-store.ts';
import { startTestServer } from '../testing/harness.ts';
import { freePort, repoRoot } from '../testing/process.ts';

const DAY_MS = 24 * 3600 * 1000;

describe('npm run admin', () => {
  let dataDir: string | undefined;
  let portHolder: Server | undefined;
  afterEach(() => {
    portHolder?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs a command and exits, with no port listened on and no background job run', async () => {
    const server = await startTestServer();
    dataDir = server.dataDir;
    const { id } = await server.api.createDocument();
    await server.api.request('DELETE', `/api/documents/${id}`);
    await server.store.documents.updateDocument(id, {
      deletedAt: new Date(Date.now() - 31 * DAY_MS).toISOString(),
      updatedAt: new Date().toISOString(),
    });
    await server.app.close();
    await server.store.close();
    // The port the CLI is told about is taken: a CLI that listened on it would fail.
    const port = await freePort();
    portHolder = createServer();
    await new Promise<void>((listening) => portHolder!.listen(port, '127.0.0.1', listening));

    const { code, output } = await runAdmin(
      ['create-user', '--email', 'bea@example.org', '--name', 'Bea'],
      { DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: String(port) },
    );
    expect(output).toContain('Created Bea <bea@example.org>.');
    expect(code).toBe(0);

    const store = openSqliteStore({ filename: join(dataDir, 'roundtable.sqlite') });
    try {
      expect(await store.documents.getDocument(id)).toMatchObject({ id });
      expect(await store.identity.findUserByEmail('bea@example.org')).toMatchObject({
        name: 'Bea',
      });
    } finally {
      await store.close();
    }
  }, 120_000);

  it('erases a person, and replays the erasure log without erasing anyone twice', async () => {
    const server = await startTestServer();
    dataDir = server.dataDir;
    await server.app.signIn.createPerson({
      name: 'Cleo',
      email: 'cleo@example.org',
      isAdmin: false,
    });
    await server.app.close();
    await server.store.close();
    const settings = { DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: String(await freePort()) };

    const erased = await runAdmin(['erase-person', '--email', 'cleo@example.org'], settings);
    expect(erased.output).toContain(
      'Erased cleo@example.org. Everywhere they appeared, they are now "Former member 1".',
    );
    expect(erased.code).toBe(0);
    expect(erased.output).toContain('(erasure-log.jsonl in the data directory)');
    const replayed = await runAdmin(['replay-erasures'], settings);
    expect(replayed.output).toContain('Erased again: 0. Erased already: 1. Not in this data: 0.');
    expect(replayed.code).toBe(0);
  }, 120_000);

  it('will not erase anyone while a server runs on the same data folder', async () => {
    // Attack finding: the erased person's open connection carried on writing under their old id,
    // since only the running server can close it.
    const server = await startTestServer();
    dataDir = server.dataDir;
    await server.app.signIn.createPerson({ name: 'Dev', email: 'dev@example.org', isAdmin: false });
    const lock = lockDataDir(dataDir);
    try {
      const settings = { DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: String(await freePort()) };
      const refused = await runAdmin(['erase-person', '--email', 'dev@example.org'], settings);
      expect(refused.code).toBe(1);
      expect(refused.output).toContain(`(pid ${process.pid}) is using DATA_DIR`);
      expect(refused.output).toContain('Erase people from its People page while it runs');
      expect(await server.store.identity.findUserByEmail('dev@example.org')).toMatchObject({
        name: 'Dev',
      });
    } finally {
      lock.release();
      await server.close();
      dataDir = undefined;
    }
  }, 120_000);
});

/** Runs `npm run admin -- <args>` from the source; resolves when the process has ended. */
async function runAdmin(
  args: string[],
  settings: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  // Storage comes only from the settings given, never from the environment.
  const { DATABASE_URL: _database, REDIS_URL: _redis, ...inherited } = process.env;
  const cli = spawn(process.execPath, ['--import', 'tsx', 'server/src/admin/cli.ts', ...args], {
    cwd: repoRoot,
    env: { ...inherited, ...settings },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  cli.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  cli.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((exited) => cli.once('exit', exited));
  return { code, output };
}
