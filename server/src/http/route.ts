// A route is declared once, as a spec in shared/protocol/routes: its zod schemas validate the
// request and also describe it in the OpenAPI document. Handlers receive typed, validated input
// and return a status and a body; they never see a raw request body.
import type { Request, Response, Router } from 'express';
import type { z } from 'zod';
import type { RouteSpec } from '@roundtable/shared/protocol/routes';
import type { AuthContext } from '../services/auth-context.ts';
import { ServiceError } from '../services/errors.ts';
import { authOf } from './auth.ts';

export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  auth: AuthContext;
  request: Request;
  response: Response;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  /** The body already serialised as JSON, with its ETag (a kept copy, public-answer-cache.ts). */
  json?: { text: string; etag: string };
  /** The handler wrote the response itself (binary content). */
  sent?: boolean;
}

export class RouteRegistry {
  readonly specs: RouteSpec[] = [];

  add<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
    router: Router,
    spec: RouteSpec<P, Q, B>,
    handler: (input: RouteInput<z.infer<P>, z.infer<Q>, z.infer<B>>) => Promise<RouteResult>,
  ): void {
    this.specs.push(spec);
    router[spec.method](spec.path, async (request: Request, response: Response) => {
      const input = {
        params: parse(spec.params, request.params, 'path'),
        query: parse(spec.query, request.query, 'query'),
        body: parse(spec.body, request.body, 'body'),
        auth: authOf(request),
        request,
        response,
      } as RouteInput<z.infer<P>, z.infer<Q>, z.infer<B>>;
      const result = await handler(input);
      if (result.sent) return;
      if (result.json) {
        const { text, etag } = result.json;
        response.status(result.status).type('json').set('ETag', etag).send(text);
      } else if (result.body === undefined) response.status(result.status).end();
      else response.status(result.status).json(result.body);
    });
  }
}

function parse(schema: z.ZodType | undefined, value: unknown, where: string): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') || undefined;
  const message = issue
    ? `${field ? `${field}: ` : ''}${issue.message}`
    : `The request ${where} is not valid`;
  throw new ServiceError('bad_request', message, field);
}
