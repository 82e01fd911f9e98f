// Backups and erasure: a backup made before an erasure still holds the person; after restoring
// it, replaying the erasure log (kept outside the database) erases them again, under the same
// pseudonym, and a second replay changes nothing.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createAppServices } from '../app.ts';
import { openSqliteStore } from '../storage/sqlite/sqlite-store.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';
import { ERASURE_LOG_FILE, readErasureLog } from './erasure-log-file.ts';

describe('replaying erasures after restoring a backup', () => {
  const dirs: string[] = [];
  let server: TestServer | undefined;
  afterAll(async () => {
    await server?.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('erases again, under the same name, everyone the restored backup still holds', async () => {
    server = await startTestServer();
    const { app, store } = server;
    const person = await app.signIn.createPerson({
      name: 'Bartholomew Greenidge',
      email: 'bart@example.org',
      isAdmin: false,
    });
    const backupDir = mkdtempSync(join(tmpdir(), 'roundtable-restore-'));
    dirs.push(backupDir);
    await store.backup!(join(backupDir, 'roundtable.sqlite'), () => undefined);
    const erased = await app.erasure.erase(null, person.id, { removePendingSuggestions: false });
    // The log file goes with the restored data folder; the database is the older backup.
    copyFileSync(join(server.dataDir, ERASURE_LOG_FILE), join(backupDir, ERASURE_LOG_FILE));

    const restored = openSqliteStore({ filename: join(backupDir, 'roundtable.sqlite') });
    const services = createAppServices({
      config: { ...server.config, dataDir: backupDir },
      store: restored,
      logger: pino({ level: 'silent' }),
    });
    try {
      expect(await restored.identity.getUser(person.id)).toMatchObject({ name: person.name });
      const log = await readErasureLog(join(backupDir, ERASURE_LOG_FILE));
      expect(await services.erasure.replay(log)).toEqual(['erased']);
      expect(await restored.identity.getUser(person.id)).toBeUndefined();
      expect(await restored.identity.getUser(erased.pseudonymId)).toMatchObject({
        name: `Former member ${erased.number}`,
      });
      expect(await services.erasure.replay(log)).toEqual(['erased-before']);
      expect(await readErasureLog(join(backupDir, ERASURE_LOG_FILE))).toEqual(log);
      expect(await restored.erasure.listErasures()).toEqual([erased]);
    } finally {
      await services.rooms.shutdown(1001, 'done');
      await services.close();
      await restored.close();
    }
  });
});
