// REST for the first-run setup: the first administrator, made with the printed setup link.
import type { Router } from 'express';
import * as routes from '@roundtable/shared/protocol/routes';
import type { InstallationSetup } from '../services/sign-in-setup.ts';
import type { RouteRegistry } from './route.ts';
import type { SignedInResponse } from './sign-in-response.ts';

export function addSetupRoutes(
  router: Router,
  options: { registry: RouteRegistry; setup: InstallationSetup; respondSignedIn: SignedInResponse },
): void {
  const { registry, setup, respondSignedIn } = options;
  registry.add(router, routes.setUp, async ({ params, body, response }) =>
    respondSignedIn(
      response,
      await setup.setUp({
        secret: params.token,
        name: body.name,
        remember: body.remember,
        ...(body.email !== undefined ? { email: body.email } : {}),
      }),
    ),
  );
}
