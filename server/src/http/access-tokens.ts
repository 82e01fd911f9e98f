// REST for personal API tokens: create (shown once), list, revoke.
import type { Router } from 'express';
import { CreatedToken, CreateTokenBody, TokenList } from '@roundtable/shared/protocol/access';
import { ErrorBody } from '@roundtable/shared/protocol/errors';
import { Id } from '@roundtable/shared/protocol/ids';
import { z } from 'zod';
import { signedIn } from '../services/auth-context.ts';
import type { TokenService } from '../services/tokens.ts';
import type { RouteRegistry } from './route.ts';

const ById = z.object({ id: Id });

export function addTokenRoutes(
  router: Router,
  options: { registry: RouteRegistry; tokens: TokenService },
): void {
  const { registry, tokens } = options;
  registry.add(
    router,
    {
      method: 'post',
      path: '/api/tokens',
      tag: 'tokens',
      summary: 'Create a personal API token (shown once)',
      body: CreateTokenBody,
      responses: { 201: { description: 'Created', schema: CreatedToken } },
    },
    async ({ auth, body }) => ({
      status: 201,
      body: await tokens.create(signedIn(auth), body.name),
    }),
  );
  registry.add(
    router,
    {
      method: 'get',
      path: '/api/tokens',
      tag: 'tokens',
      summary: 'My API tokens (never the token itself)',
      responses: { 200: { description: 'Tokens', schema: TokenList } },
    },
    async ({ auth }) => ({ status: 200, body: await tokens.list(signedIn(auth)) }),
  );
  registry.add(
    router,
    {
      method: 'delete',
      path: '/api/tokens/:id',
      tag: 'tokens',
      summary: 'Revoke an API token; its live connections close',
      params: ById,
      responses: {
        204: { description: 'Revoked' },
        404: { description: 'No such token', schema: ErrorBody },
      },
    },
    async ({ auth, params }) => {
      await tokens.revoke(signedIn(auth), params.id);
      return { status: 204 };
    },
  );
}
