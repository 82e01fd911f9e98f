// What /collab writes to the log about bad connections: one warning per connection, never a
// line per frame, and bad input is never an error with a stack.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { CloseCode } from '@roundtable/shared/protocol/collab';
import { createServer, type App } from '../app.ts';
import { loadConfig } from '../config.ts';
import type { Store } from '../storage/ports.ts';
import { openSqliteStore } from '../storage/sqlite/sqlite-store.ts';
import { TestApi, closeOf, eventually, rawSocket, seedAdmin } from '../testing/harness.ts';

interface LogLine {
  level: number;
  msg: string;
  connectionId?: string;
  err?: unknown;
}
const WARN = 40;

describe('/collab logging', () => {
  let dataDir: string;
  let store: Store;
  let app: App;
  let wsOrigin: string;
  let token: string;
  let documentId: string;
  const lines: LogLine[] = [];

  beforeEach(async () => {
    lines.length = 0;
    dataDir = mkdtempSync(join(tmpdir(), 'roundtable-test-'));
    store = openSqliteStore({ filename: join(dataDir, 'roundtable.sqlite') });
    const logger = pino(
      { level: 'info' },
      { write: (line: string) => lines.push(JSON.parse(line) as LogLine) },
    );
    app = createServer({
      config: loadConfig({ PORT: '0', DATA_DIR: dataDir }, process.cwd()),
      store,
      logger,
    });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    const { port } = app.server.address() as AddressInfo;
    wsOrigin = `ws://127.0.0.1:${port}`;
    token = await seedAdmin(app);
    documentId = (await new TestApi(`http://127.0.0.1:${port}`, token).createDocument()).id;
  });
  afterEach(async () => {
    await app.close();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const collabLines = () => lines.filter((line) => line.connectionId !== undefined);

  it('closes a malformed state vector with 4400 and logs one warning, no error', async () => {
    const socket = await rawSocket(wsOrigin, `/collab/${documentId}?token=${token}`);
    const closed = closeOf(socket);
    // Sync step 1 whose state vector claims five entries and holds half of one.
    socket.send(new Uint8Array([0, 0, 2, 5, 1]));
    expect((await closed).code).toBe(CloseCode.malformed);
    await eventually(() => expect(collabLines()).toHaveLength(1));
    expect(collabLines()[0]).toMatchObject({ level: WARN });
    expect(collabLines()[0]?.err).toBeUndefined();
  });

  it('logs one line per bad connection, however many frames follow its close', async () => {
    const bad = 20;
    for (let i = 0; i < bad; i++) {
      const socket = await rawSocket(wsOrigin, `/collab/${documentId}?token=${token}`);
      const closed = closeOf(socket);
      // A burst of junk: the first closes the connection, the rest arrive after the close.
      for (let j = 0; j < 16; j++) socket.send(new Uint8Array([42, j]));
      await closed;
    }
    await eventually(() => expect(collabLines().length).toBeGreaterThanOrEqual(bad));
    const perConnection = new Map<string, number>();
    for (const line of collabLines()) {
      perConnection.set(
        line.connectionId ?? '',
        (perConnection.get(line.connectionId ?? '') ?? 0) + 1,
      );
      expect(line.level).toBe(WARN);
    }
    expect(perConnection.size).toBe(bad);
    expect([...perConnection.values()].every((count) => count === 1)).toBe(true);
  });
});
