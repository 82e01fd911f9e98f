// Turns anything thrown while handling a request into `{ error: { code, message, field? } }`
// with a fitting status. Unexpected errors are logged and answered without their details.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { ErrorBody, ErrorCode } from '@roundtable/shared/protocol/errors';
import { RateLimitedError, ServiceError } from '../services/errors.ts';
import { ExportBusyError } from '../services/export-refusals.ts';
import { requestIdOf } from './request-id.ts';

const statusOf: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

export function sendError(
  response: Parameters<RequestHandler>[1],
  code: ErrorCode,
  message: string,
  field?: string,
): void {
  const body: ErrorBody = { error: { code, message, ...(field ? { field } : {}) } };
  // Typed here: a route that set another type (binary content) before failing still answers JSON.
  response.status(statusOf[code]).type('application/json').json(body);
}

export const apiNotFound: RequestHandler = (_request, response) => {
  sendError(response, 'not_found', 'There is no such API endpoint');
};

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, request, response, _next) => {
    if (error instanceof ServiceError) {
      // Told how long to wait: too many attempts, or every export thread busy.
      if (error instanceof RateLimitedError || error instanceof ExportBusyError) {
        response.set('Retry-After', String(error.retryAfterSeconds));
      }
      sendError(response, error.code, error.message, error.field);
      return;
    }
    const type = (error as { type?: string } | null)?.type;
    if (type === 'entity.parse.failed') {
      sendError(response, 'bad_request', 'The request body is not valid JSON');
      return;
    }
    if (type === 'entity.too.large') {
      sendError(response, 'payload_too_large', 'The request body is too large');
      return;
    }
    // Any other refusal Express or its body parser raise with a 4xx status (an address that is
    // not valid percent-encoding, an unsupported body encoding) is the client's, not ours.
    const status = (error as { status?: unknown } | null)?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      sendError(response, 'bad_request', 'The request is not valid');
      return;
    }
    logger.error(
      {
        err: error,
        requestId: requestIdOf(request),
        method: request.method,
        path: request.route?.path ?? '',
      },
      'request failed',
    );
    sendError(response, 'internal', 'Something went wrong on the server. Please try again.');
  };
}
