import { afterEach, describe, expect, it } from 'vitest';
import { EASY_READ_DOCUMENT, uploadedPhoto } from './easy-read-fixtures.ts';
import { ExportLimitError, ExportPool, type ExportPoolOptions } from './export-pool.ts';
import { storedState } from './fixtures.ts';
import type { RenderTask } from './render-task.ts';

const misbehaving = new URL('./testing/misbehaving-worker.mjs', import.meta.url);
const pools: ExportPool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

function pool(options: Partial<ExportPoolOptions> = {}): ExportPool {
  const created = new ExportPool({
    threads: 1,
    queue: 4,
    timeoutMs: 10_000,
    maxStateBytes: 1024,
    memoryMb: 64,
    onError: (error) => {
      throw error;
    },
    worker: misbehaving,
    ...options,
  });
  pools.push(created);
  return created;
}

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
    const { body, pages } = await pool().render(task('hello'));
    expect(body.toString('utf8')).toBe('hello');
    expect(pages).toBeNull();
  });

  it('refuses a document state over the size limit before any thread starts', async () => {
    const exports = pool({ maxStateBytes: 100 });
    expect(await limitOf(exports.render(task('hello', 101)))).toBe('too-large');
    expect(exports.threads).toBe(0);
  });

  it('stops a render that takes too long by ending its thread, and keeps working', async () => {
    const exports = pool({ timeoutMs: 1500 });
    await exports.render(task('warm')); // the thread is started and ready
    expect(await limitOf(exports.render(task('spin')))).toBe('too-slow');
    // The spinning thread was terminated, not left burning CPU.
    expect(exports.threads).toBe(0);
    expect((await exports.render(task('after'))).body.toString('utf8')).toBe('after');
  });

  it('turns an export away as busy when every thread is working and the queue is full', async () => {
    const exports = pool({ threads: 1, queue: 1, timeoutMs: 2000 });
    const running = limitOf(exports.render(task('spin')));
    const waiting = limitOf(exports.render(task('spin')));
    expect(await limitOf(exports.render(task('spin')))).toBe('busy');
    expect(await running).toBe('too-slow');
    expect(await waiting).toBe('too-slow');
  });

  it('stops a render that needs more memory than its thread may have, as too large', async () => {
    const exports = pool({ memoryMb: 32 });
    expect(await limitOf(exports.render(task('hog')))).toBe('too-large');
    expect((await exports.render(task('after'))).body.toString('utf8')).toBe('after');
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
