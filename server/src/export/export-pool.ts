// Renders exports off the main thread, in a small pool of worker threads, so the server keeps
// answering (edits, /healthz) while a long document is exported. It owns the limits: a state
// too large is refused before any work starts, a render that takes too long has its thread
// terminated (so it stops using CPU and memory), and when every thread is busy and the queue is
// full a request is turned away at once rather than waiting without end. Each export belongs to
// the person who asked: one person may have only `perPerson` exports waiting or running at once,
// so nobody can fill the queue for everyone else; and an export whose requester went away
// (`signal`) leaves the queue, or has its thread stopped if it was rendering.
import { pathToFileURL } from 'node:url';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import Piscina from 'piscina';
import { renderWorkerFile } from '../paths.ts';
import { servePictures, type UploadLoader } from './picture-channel.ts';
import type { PageCount, RenderResult, RenderTask } from './render-task.ts';
import type {
  PersonDocumentReading,
  PersonDocumentTask,
  PersonalData,
} from './personal-data/types.ts';

export type ExportLimit = 'too-large' | 'too-slow' | 'busy' | 'your-share' | 'abandoned';

/** Who an export is for, and the signal that says they went away. */
export interface ExportJob {
  /** The person who asked: their exports count against their share. Null: work a request
   * needs to be answered at all (not a file someone asked for), which counts against no share. */
  owner: string | null;
  /** Aborted when the request ends before its answer is sent. */
  signal?: AbortSignal | undefined;
}

/** An export refused or stopped at one of the pool's limits. */
export class ExportLimitError extends Error {
  override readonly name = 'ExportLimitError';
  constructor(readonly limit: ExportLimit) {
    super(`export stopped: ${limit}`);
  }
}

export interface ExportPoolOptions {
  /** Worker threads rendering at once. */
  threads: number;
  /** Exports that may wait for a thread; one more is refused as busy. */
  queue: number;
  /** Exports one person may have waiting or running at once; one more is refused. */
  perPerson: number;
  /** From the request to the finished file, waiting included; then the render is stopped. */
  timeoutMs: number;
  /** The largest encoded document state that is rendered at all. */
  maxStateBytes: number;
  /** The heap one worker thread may use; a render that needs more is stopped as too large. */
  memoryMb: number;
  /** Told about a worker thread that failed outside any export (it could not start, say). */
  onError: (error: unknown) => void;
  /** The worker's module; tests give one that misbehaves on purpose. */
  worker?: URL;
}

const RENDER_WORKER = pathToFileURL(renderWorkerFile);
/** A worker left idle this long is ended; the next export starts a new one. */
const IDLE_TIMEOUT_MS = 60_000;

/** A finished export: the file, and an Easy Read export's page count. */
export interface RenderedExport {
  body: Buffer;
  pages: PageCount | null;
}

export class ExportPool {
  private readonly pool: Piscina<unknown, unknown>;
  /** Exports rendering or waiting for a thread. Counted here: Piscina's own queue bound lets
   * more through while threads are starting. */
  private inFlight = 0;
  /** Exports waiting or rendering, per person who asked. */
  private readonly inFlightBy = new Map<string, number>();

  constructor(private readonly options: ExportPoolOptions) {
    this.pool = new Piscina<unknown, unknown>({
      filename: (options.worker ?? RENDER_WORKER).href,
      minThreads: 0,
      maxThreads: options.threads,
      idleTimeout: IDLE_TIMEOUT_MS,
      resourceLimits: { maxOldGenerationSizeMb: options.memoryMb },
    });
    // Piscina emits 'error' for a worker that fails outside a task; unheard, it would end the
    // process.
    this.pool.on('error', options.onError);
  }

  /** Worker threads alive now, busy or idle. */
  get threads(): number {
    return this.pool.threads.length;
  }

  /** Renders `task`; `uploads` answers the thread's requests for uploaded pictures. */
  async render(task: RenderTask, job: ExportJob, uploads?: UploadLoader): Promise<RenderedExport> {
    const channel = uploads ? new MessageChannel() : null;
    if (channel && uploads) servePictures(channel.port1, uploads);
    try {
      const { body, pages } = await this.run<RenderResult>(
        job,
        'default',
        channel ? { ...task, uploads: channel.port2 } : task,
        task.state.byteLength,
        channel ? [channel.port2] : [],
      );
      return { body: asBuffer(body), pages };
    } finally {
      channel?.port1.close();
    }
  }

  /** Reads one document for a copy of a person's data (personal-data/document-reading.ts). */
  readForPerson(task: PersonDocumentTask, job: ExportJob): Promise<PersonDocumentReading> {
    const bytes = task.updates.reduce((sum, update) => sum + update.byteLength, 0);
    return this.run(job, 'readDocumentForPerson', task, bytes);
  }

  /** Packs a copy of a person's data as a zip (personal-data/pack.ts). */
  async packPersonalData(data: PersonalData, job: ExportJob): Promise<Buffer> {
    return asBuffer(await this.run<Uint8Array>(job, 'packPersonalData', data, 0));
  }

  /** Runs work on a large document (document-work.ts) within the pool's limits. */
  documentWork<Result>(name: string, task: object, bytes: number): Promise<Result> {
    return this.run<Result>({ owner: null }, name, task, bytes);
  }

  /** Runs one of the worker's tasks (render-worker.mjs) within the pool's limits. */
  private async run<Result>(
    job: ExportJob,
    name: string,
    task: unknown,
    stateBytes: number,
    transferList: MessagePort[] = [],
  ): Promise<Result> {
    if (stateBytes > this.options.maxStateBytes) {
      throw new ExportLimitError('too-large');
    }
    if (job.signal?.aborted) throw new ExportLimitError('abandoned');
    const { owner } = job;
    const mine = owner === null ? 0 : (this.inFlightBy.get(owner) ?? 0);
    if (mine >= this.options.perPerson) throw new ExportLimitError('your-share');
    if (this.inFlight >= this.options.threads + this.options.queue) {
      throw new ExportLimitError('busy');
    }
    this.inFlight += 1;
    if (owner !== null) this.inFlightBy.set(owner, mine + 1);
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    // Piscina takes an aborted task out of its queue, or ends the thread that is rendering it.
    const signal = job.signal ? AbortSignal.any([timeout, job.signal]) : timeout;
    try {
      return (await this.pool.run(task, { name, signal, transferList })) as Result;
    } catch (error) {
      if (job.signal?.aborted) throw new ExportLimitError('abandoned');
      throw limitReached(error, timeout) ?? error;
    } finally {
      this.inFlight -= 1;
      if (owner !== null) {
        const left = (this.inFlightBy.get(owner) ?? 1) - 1;
        if (left > 0) this.inFlightBy.set(owner, left);
        else this.inFlightBy.delete(owner);
      }
    }
  }

  /** Stops every worker thread, ending any export still running. */
  close(): Promise<void> {
    return this.pool.destroy();
  }
}

const asBuffer = (body: Uint8Array): Buffer =>
  Buffer.from(body.buffer, body.byteOffset, body.byteLength);

/** The limit an export failed at, or null when it failed for another reason. */
function limitReached(error: unknown, signal: AbortSignal): ExportLimitError | null {
  if (signal.aborted) return new ExportLimitError('too-slow');
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ExportLimitError('too-large') : null;
}
