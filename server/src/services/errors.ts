// The one error type services throw; the HTTP layer turns it into `{ error: { code, message } }`.
import type { ErrorCode } from '@roundtable/shared/protocol/errors';

export class ServiceError extends Error {
  override readonly name = 'ServiceError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Too many attempts: the answer carries how long to wait (Retry-After). */
export class RateLimitedError extends ServiceError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('rate_limited', message);
  }
}
