// The erasure log when DATA_DIR/erasure-log.jsonl is not a file (attack finding): a folder there
// let the erasure go ahead unlogged and answered 500; a named pipe made the request wait for ever
// and shutdown with it. Now the log is written first, never waited on, and an erasure it cannot
// log is not done (503, the person untouched).
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  constants,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/harness.ts';
import { ERASURE_LOG_FILE, checkErasureLog, readErasureLog } from './erasure-log-file.ts';

const { O_RDONLY, O_NONBLOCK } = constants;

describe('checkErasureLog', () => {
  const folder = mkdtempSync(join(tmpdir(), 'roundtable-erasure-log-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('accepts a log that is not there yet, or a file', () => {
    expect(() => checkErasureLog(join(folder, 'absent.jsonl'))).not.toThrow();
    writeFileSync(join(folder, 'file.jsonl'), '');
    expect(() => checkErasureLog(join(folder, 'file.jsonl'))).not.toThrow();
  });

  it('refuses a folder or a named pipe in one line, the path quoted', () => {
    const weird = join(folder, 'a\nfolder');
    mkdirSync(weird);
    expect(() => checkErasureLog(weird)).toThrow(
      new Error(`${JSON.stringify(weird)} is a folder, not a file`),
    );
    const pipe = join(folder, 'pipe');
    execFileSync('mkfifo', [pipe]);
    expect(() => checkErasureLog(pipe)).toThrow(/"[^\n]*pipe" is a named pipe, not a file$/);
  });
});

describe('an erasure whose log cannot be written', () => {
  let server: TestServer;
  const pipeReaders: number[] = [];
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
    for (const reader of pipeReaders) closeSync(reader);
  });

  const erase = (personId: string) =>
    server.api.request('POST', `/api/people/${personId}/erasure`, {
      removePendingSuggestions: false,
    });

  const person = (email: string) =>
    server.app.signIn.createPerson({ name: 'Cerys Ap Huw', email, isAdmin: false });

  it('is not done when the log is a folder, and says so; done once the log can be written', async () => {
    const log = join(server.dataDir, ERASURE_LOG_FILE);
    mkdirSync(log);
    const cerys = await person('cerys@example.org');
    const refused = await erase(cerys.id);
    expect(refused.status).toBe(503);
    expect(JSON.stringify(refused.body)).toContain('Nobody was erased');
    expect(await server.store.identity.getUser(cerys.id)).toMatchObject({ name: cerys.name });
    expect(await server.store.erasure.listErasures()).toEqual([]);

    rmSync(log, { recursive: true });
    const erased = await erase(cerys.id);
    expect(erased.status).toBe(200);
    expect(await server.store.identity.getUser(cerys.id)).toBeUndefined();
    expect(await readErasureLog(log)).toEqual(await server.store.erasure.listErasures());
  });

  it('answers at once, erasing nothing, when the log is a named pipe nobody reads', async () => {
    const log = join(server.dataDir, ERASURE_LOG_FILE);
    rmSync(log, { recursive: true, force: true });
    execFileSync('mkfifo', [log]);
    const dafydd = await person('dafydd@example.org');
    const before = await server.store.erasure.listErasures();
    const refused = await Promise.race([
      erase(dafydd.id),
      new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), 5_000)),
    ]);
    // A request left waiting would hold up server.close() too: a reader lets it end.
    if (refused === 'still waiting') pipeReaders.push(openSync(log, O_RDONLY | O_NONBLOCK));
    expect(refused).toMatchObject({ status: 503 });
    expect(await server.store.identity.getUser(dafydd.id)).toMatchObject({ name: dafydd.name });
    expect(await server.store.erasure.listErasures()).toEqual(before);
  });
});
