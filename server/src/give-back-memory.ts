// Gives back to the system the memory that glibc's allocator holds free. The compiler's scratch
// memory from start-up (12–14 MiB) sits between blocks still in use, and glibc keeps such memory
// until malloc_trim is called (docs/develop/performance.md, "Where the memory goes").
import { performance, type EventLoopUtilization } from 'node:perf_hooks';
import type { Logger } from 'pino';
import { requireFromServer } from './paths.ts';

export interface Trimmer {
  /** Gives the free memory the C allocator holds back to the system; true if any was. */
  trim(): boolean;
}

/** The native malloc_trim (a trimmer that does nothing where it was not built: no compiler, not
 * glibc), or one that does nothing where the package is missing. Loaded when asked for, so that
 * tests and tools that never serve do not load it. */
export function loadTrimmer(): Trimmer {
  try {
    return requireFromServer('@roundtable/malloc-trim') as Trimmer;
  } catch {
    return { trim: () => false };
  }
}

/** Trims, and logs at debug level how much the RSS went down. */
export function trimAndLog(trimmer: Trimmer, logger: Logger): void {
  const before = process.memoryUsage.rss();
  if (!trimmer.trim()) return;
  const mib = (bytes: number): number => Math.round(bytes / 1024 / 102.4) / 10;
  logger.debug(
    { rssBeforeMiB: mib(before), rssAfterMiB: mib(process.memoryUsage.rss()) },
    'gave freed memory back to the system',
  );
}

export interface QuietTrimsOptions {
  trimmer: Trimmer;
  logger: Logger;
  /** How often to look; 30 s by default. */
  everyMs?: number;
  /** The share of time the event loop may have been busy since the last look: 5% by default. */
  quietBelow?: number;
}

/**
 * Trims whenever the server has been quiet since the last look, so memory freed by V8's own
 * collections, a closed document or a finished export goes back to the system. A busy server is
 * left alone: trimming pages it is about to use again would only cost it page faults.
 * Returns a function that stops it.
 */
export function trimWhenQuiet(options: QuietTrimsOptions): () => void {
  const { trimmer, logger } = options;
  const quietBelow = options.quietBelow ?? 0.05;
  let since: EventLoopUtilization = performance.eventLoopUtilization();
  const timer = setInterval(() => {
    const now = performance.eventLoopUtilization();
    const busy = performance.eventLoopUtilization(now, since).utilization;
    since = now;
    if (busy >= quietBelow) return;
    trimAndLog(trimmer, logger);
  }, options.everyMs ?? 30_000);
  timer.unref();
  return () => clearInterval(timer);
}
