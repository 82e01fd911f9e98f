// The worker threads that take work on whole documents off the event loop, each started only
// when needed: one pool for exports and reading large drafts (EXPORT_THREADS, with its queue and
// per-person limits), and one thread of its own for compaction's merges, so a compaction neither
// waits behind a long export until it times out nor takes a place in the exports' queue.
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { ContentRules } from '../documents/content-rules.ts';
import type { DocumentWork } from '../export/document-work.ts';
import type { MergedSnapshot } from '../storage/ports.ts';
import { ExportPool } from '../export/export-pool.ts';
import { pooledDocumentWork } from './document-work.ts';

/** Compactions queue for their thread one after another; none is turned away for that. */
const COMPACTION_QUEUE = 100_000;
/** A merge longer than this is stopped; the log keeps every update, and it is tried again later. */
const COMPACTION_TIMEOUT_MS = 10 * 60_000;

export interface WorkThreads {
  exportPool: ExportPool;
  /** Large-draft work for requests, in the exports' pool. */
  work: DocumentWork;
  /** Compaction's merge, in its own thread (its pool is made at the first compaction). */
  mergeLog: (updates: Uint8Array[]) => Promise<MergedSnapshot>;
  close(): Promise<void>;
}

export function createWorkThreads(
  config: Config,
  rules: ContentRules,
  logger: Logger,
): WorkThreads {
  const onError = (error: unknown) => logger.error({ err: error }, 'a worker thread failed');
  const exportPool = new ExportPool({
    ...config.export,
    maxStateBytes: config.export.maxBytes,
    onError,
  });
  let compactions: { pool: ExportPool; work: DocumentWork } | undefined;
  const compactionWork = (): DocumentWork => {
    if (!compactions) {
      const pool = new ExportPool({
        threads: 1,
        queue: COMPACTION_QUEUE,
        perPerson: 1,
        timeoutMs: COMPACTION_TIMEOUT_MS,
        // A log holds its history too, so it may be larger than the document; the thread's heap
        // limit (a merge that needs more is done in place) is what bounds it.
        maxStateBytes: Number.MAX_SAFE_INTEGER,
        memoryMb: config.export.memoryMb,
        onError,
      });
      compactions = { pool, work: pooledDocumentWork(pool, rules) };
    }
    return compactions.work;
  };
  return {
    exportPool,
    work: pooledDocumentWork(exportPool, rules),
    mergeLog: (updates) => compactionWork().mergeLog({ updates }),
    close: async () => {
      await Promise.all([exportPool.close(), compactions?.pool.close()]);
    },
  };
}
