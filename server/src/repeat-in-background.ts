// Housekeeping that runs every so often in the background (emptying the bin, deciding
// proposals that closed): it logs what it did or why it failed, and never keeps the process
// alive on its own.
import type { Logger } from 'pino';

export interface BackgroundTask {
  /** Does the work; resolves with how many things it handled. */
  task: () => Promise<number>;
  everyMs: number;
  /** Also run once straight away. */
  runNow: boolean;
  logger: Logger;
  /** Logged with the count when something was handled. */
  did: string;
  failed: string;
}

/** Starts the task; returns a function that stops it. */
export function repeatInBackground(options: BackgroundTask): () => void {
  const run = (): void => {
    options.task().then(
      (count) => count > 0 && options.logger.info({ count }, options.did),
      (error: unknown) => options.logger.warn({ err: error }, options.failed),
    );
  };
  if (options.runNow) run();
  const timer = setInterval(run, options.everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
