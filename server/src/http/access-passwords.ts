// REST for passwords, for those who choose one: signing in with one, and setting one.
import type { Router } from 'express';
import * as routes from '@roundtable/shared/protocol/routes';
import { signedIn } from '../services/auth-context.ts';
import type { PasswordSignIn } from '../services/sign-in-passwords.ts';
import type { RouteRegistry } from './route.ts';
import type { SignedInResponse } from './sign-in-response.ts';

export function addPasswordRoutes(
  router: Router,
  options: {
    registry: RouteRegistry;
    passwords: PasswordSignIn;
    respondSignedIn: SignedInResponse;
  },
): void {
  const { registry, passwords, respondSignedIn } = options;
  registry.add(router, routes.signInWithPassword, async ({ body, response }) =>
    respondSignedIn(
      response,
      await passwords.signInWithPassword(body.email, body.password, body.remember),
    ),
  );
  registry.add(router, routes.setPassword, async ({ auth, body }) => {
    await passwords.setPassword(signedIn(auth), body.password, auth.sessionHash);
    return { status: 204 };
  });
}
