// A request id for every HTTP request: taken from X-Request-Id when a proxy set a sane one,
// else made here; echoed in the response and carried by the request's log lines.
import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler } from 'express';

const ids = new WeakMap<Request, string>();

export const requestIdOf = (request: Request): string | undefined => ids.get(request);

export const assignRequestId: RequestHandler = (request, response, next) => {
  const given = request.headers['x-request-id'];
  const id =
    typeof given === 'string' && /^[A-Za-z0-9_.:-]{1,100}$/.test(given) ? given : randomUUID();
  ids.set(request, id);
  response.setHeader('X-Request-Id', id);
  next();
};
