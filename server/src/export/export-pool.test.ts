import { afterEach, describe, expect, it } from 'vitest';
import { EASY_READ_DOCUMENT, uploadedPhoto } from './easy-read-fixtures.ts';
import { testExportPool } from '../testing/export-pools.ts';
import { ExportLimitError, type ExportPool, type ExportPoolOptions } from './export-pool.ts';
import { storedState } from './fixtures.ts';
import type { RenderTask } from './render-task.ts';

const misbehaving = new URL('./testing/misbehaving-worker.mjs', import.meta.url);
const pools: ExportPool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

function pool(options: Partial<ExportPoolOptions> = {}): ExportPool {
  const created = testExportPool({
    queue: 4,
    perPerson: 10,
    timeoutMs: 10_000,
    maxStateBytes: 1024,
    memoryMb: 64,
    worker: misbehaving,
    ...options,
  });
  pools.push(created);
  return created;
}

const ada = { owner: 'ada' };

function task(title: string, stateBytes = 16): RenderTask {
  return { format: 'md', state: new Uint8Array(stateBytes), options: { title, easyRead: false } };
}

async function limitOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  return error instanceof ExportLimitError ? error.limit : `no limit: ${String(error)}`;
}

describe('ExportPool', () => {
  it('renders in a worker thread and answers with its bytes', async () => {
    const { body, pages } = await pool().render(task('hello'), ada);
    expect(body.toString('utf8')).toBe('hello');
    expect(pages).toBeNull();
  });

  it('refuses a document state over the size limit before any thread starts', async () => {
    const exports = pool({ maxStateBytes: 100 });
    expect(await limitOf(exports.render(task('hello', 101), ada))).toBe('too-large');
    expect(exports.threads).toBe(0);
  });

  it('stops a render that takes too long by ending its thread, and keeps working', async () => {
    const exports = pool({ timeoutMs: 1500 });
    await exports.render(task('warm'), ada); // the thread is started and ready
    expect(await limitOf(exports.render(task('spin'), ada))).toBe('too-slow');
    // The spinning thread was terminated, not left burning CPU.
    expect(exports.threads).toBe(0);
    expect((await exports.render(task('after'), ada)).body.toString('utf8')).toBe('after');
  });

  it('turns an export away as busy when every thread is working and the queue is full', async () => {
    const exports = pool({ threads: 1, queue: 1, timeoutMs: 2000 });
    const running = limitOf(exports.render(task('spin'), ada));
    const waiting = limitOf(exports.render(task('spin'), ada));
    expect(await limitOf(exports.render(task('spin'), ada))).toBe('busy');
    expect(await running).toBe('too-slow');
    expect(await waiting).toBe('too-slow');
  });

  it('lets one person have only their share of exports at once, so others still get theirs', async () => {
    const exports = pool({ threads: 1, queue: 4, perPerson: 2, timeoutMs: 10_000 });
    const stop = new AbortController();
    const adas = { owner: 'ada', signal: stop.signal };
    const first = limitOf(exports.render(task('spin'), adas));
    const second = limitOf(exports.render(task('spin'), adas));
    expect(await limitOf(exports.render(task('spin'), ada))).toBe('your-share');
    // Someone else is queued behind Ada's, not turned away.
    const ben = exports.render(task('ben'), { owner: 'ben' });
    stop.abort();
    expect([await first, await second]).toEqual(['abandoned', 'abandoned']);
    expect((await ben).body.toString('utf8')).toBe('ben');
    // Ada's share is hers again once her exports ended.
    expect((await exports.render(task('again'), ada)).body.toString('utf8')).toBe('again');
  });

  it('takes an export whose requester went away out of the queue, and stops its render', async () => {
    const exports = pool({ threads: 1, queue: 1, perPerson: 10, timeoutMs: 20_000 });
    await exports.render(task('warm'), ada);
    const gone = new AbortController();
    const running = limitOf(exports.render(task('spin'), { owner: 'ada', signal: gone.signal }));
    const waiting = limitOf(exports.render(task('spin'), { owner: 'ada', signal: gone.signal }));
    // The queue is full now.
    expect(await limitOf(exports.render(task('x'), { owner: 'ben' }))).toBe('busy');
    const started = performance.now();
    gone.abort();
    expect(await waiting).toBe('abandoned');
    expect(await running).toBe('abandoned');
    expect(performance.now() - started).toBeLessThan(5000);
    // The spinning thread was ended, and the next person is served at once.
    expect((await exports.render(task('ben'), { owner: 'ben' })).body.toString('utf8')).toBe('ben');
  });

  it('stops a render that needs more memory than its thread may have, as too large', async () => {
    const exports = pool({ memoryMb: 32 });
    expect(await limitOf(exports.render(task('hog'), ada))).toBe('too-large');
    expect((await exports.render(task('after'), ada)).body.toString('utf8')).toBe('after');
  });

  it('fetches uploaded pictures for a render thread from the main thread, and counts pages', async () => {
    // A real render thread: starting it and loading fonts and pictures takes a while on a busy machine.
    const exports = pool({
      worker: undefined,
      maxStateBytes: 1_000_000,
      memoryMb: 512,
      timeoutMs: 50_000,
    });
    const asked: string[] = [];
    const { body, pages } = await exports.render(
      {
        format: 'html',
        state: storedState(EASY_READ_DOCUMENT),
        options: { title: 'Plan', easyRead: true },
      },
      ada,
      async (pictureId) => {
        asked.push(pictureId);
        return uploadedPhoto();
      },
    );
    expect(asked).toEqual(['room-photo']);
    expect(body.toString('utf8')).toMatch(
      /<img src="data:image\/png;base64,[^"]+" alt="Our meeting room">/,
    );
    expect(pages).toEqual({ count: 2, basis: 'estimate' });
  }, 60_000);
});
