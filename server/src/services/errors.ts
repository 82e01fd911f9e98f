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
