// Runs a piece of work that may fail for a moment (asking the other processes for their sockets
// over Redis times out when one is busy), trying again after a short pause. Never throws: the
// last failure is logged.
import type { Logger } from 'pino';

const ATTEMPTS = 3;
const PAUSE_MS = 500;

export async function retried(
  work: () => Promise<unknown>,
  logger: Logger,
  meetingId: string,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await work();
      return;
    } catch (error) {
      if (attempt >= ATTEMPTS) {
        logger.warn({ err: error, meetingId }, 'showing a meeting change failed');
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS * attempt));
    }
  }
}
