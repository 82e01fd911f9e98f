// One debug line per HTTP request once it is answered: its id, method, route, status and time.
// The route is the pattern that matched (`/api/invites/:token/join`), never the address itself,
// which may carry a secret (an invite, a sign-in link); the client's own pages, whose addresses
// may too (`/join/…`, `/sign-in/…`), are logged as one word. Bodies, queries, headers and
// cookies are never logged.
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { requestIdOf } from './request-id.ts';

export function logRequests(logger: Logger): RequestHandler {
  return (request, response, next) => {
    if (!logger.isLevelEnabled('debug')) {
      next();
      return;
    }
    const started = performance.now();
    response.once('finish', () => {
      const pattern: unknown = request.route?.path;
      logger.debug(
        {
          requestId: requestIdOf(request),
          method: request.method,
          route: typeof pattern === 'string' ? pattern : routeKind(request.path),
          status: response.statusCode,
          ms: Math.round(performance.now() - started),
        },
        'request',
      );
    });
    next();
  };
}

/** An address no route declared: the API's "not found", health and metrics, or the client. */
function routeKind(path: string): string {
  if (path.startsWith('/api/')) return '/api (no such route)';
  if (['/healthz', '/readyz', '/metrics'].includes(path)) return path;
  return '(client)';
}
