// REST for personal API tokens: create (shown once), list, revoke.
import type { Router } from 'express';
import * as routes from '@roundtable/shared/protocol/routes';
import { signedIn } from '../services/auth-context.ts';
import type { TokenService } from '../services/tokens.ts';
import type { RouteRegistry } from './route.ts';

export function addTokenRoutes(
  router: Router,
  options: { registry: RouteRegistry; tokens: TokenService },
): void {
  const { registry, tokens } = options;
  registry.add(router, routes.createToken, async ({ auth, body }) => ({
    status: 201,
    body: await tokens.create(signedIn(auth), body.name),
  }));
  registry.add(router, routes.listTokens, async ({ auth }) => ({
    status: 200,
    body: await tokens.list(signedIn(auth)),
  }));
  registry.add(router, routes.revokeToken, async ({ auth, params }) => {
    await tokens.revoke(signedIn(auth), params.id);
    return { status: 204 };
  });
}
