// What a person is told when an export (or a copy of a person's data) stops at one of the
// export pool's limits, in plain words, with how long to wait where waiting helps.
import type { ExportLimit } from '../export/export-pool.ts';
import { RateLimitedError, ServiceError } from './errors.ts';

/** An export turned away because every export thread is busy: worth trying again shortly. */
export class ExportBusyError extends ServiceError {
  constructor(readonly retryAfterSeconds: number) {
    super('unavailable', 'The server is busy making other exports. Please try again in a minute.');
  }
}

/** How long a person turned away as busy is asked to wait. */
const BUSY_RETRY_AFTER_SECONDS = 30;

export const exportBusy = (): ExportBusyError => new ExportBusyError(BUSY_RETRY_AFTER_SECONDS);
/** How long a person who already has their share of exports being made is asked to wait. */
const SHARE_RETRY_AFTER_SECONDS = 10;

/**
 * What a person is told at the limits every export shares with a copy of a person's data: their
 * own share of exports in progress, a busy server, or their own request gone away.
 */
export function sharedLimitError(
  limit: 'busy' | 'your-share' | 'abandoned',
  perPerson: number,
): ServiceError {
  switch (limit) {
    case 'busy':
      return exportBusy();
    case 'your-share':
      return new RateLimitedError(
        `You already have ${perPerson === 1 ? 'a file' : `${perPerson} files`} being made. ` +
          'Please wait for them to finish, then try again.',
        SHARE_RETRY_AFTER_SECONDS,
      );
    case 'abandoned':
      // Nobody is waiting for this answer: the request had ended.
      return new ServiceError(
        'unavailable',
        'The request was cancelled, so the file was not made.',
      );
  }
}

/** The limits named in the messages. */
export interface ExportLimits {
  maxBytes: number;
  timeoutMs: number;
  perPerson: number;
}

/** What a person is told when an export passes a limit. */
export function exportLimitError(limit: ExportLimit, limits: ExportLimits): ServiceError {
  switch (limit) {
    case 'too-large':
      return new ServiceError(
        'payload_too_large',
        `This document is too large to export (the limit is ${megabytes(limits.maxBytes)}). ` +
          'Split it into shorter documents, then export each one.',
      );
    case 'too-slow':
      return new ServiceError(
        'unavailable',
        `Making this export took longer than ${seconds(limits.timeoutMs)}, ` +
          'so it was stopped. Please try again later. If it stops again, try HTML or Markdown, ' +
          'or split the document into shorter ones.',
      );
    case 'busy':
    case 'your-share':
    case 'abandoned':
      return sharedLimitError(limit, limits.perPerson);
  }
}

function seconds(ms: number): string {
  const whole = Math.round(ms / 1000);
  return whole === 1 ? '1 second' : `${whole} seconds`;
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}
