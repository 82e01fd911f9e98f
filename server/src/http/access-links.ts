// REST for one-time sign-in links: signing in with one, and asking for one by email.
import type { Router } from 'express';
import * as routes from '@roundtable/shared/protocol/routes';
import type { SignInLinks } from '../services/sign-in-links.ts';
import type { RouteRegistry } from './route.ts';
import type { SignedInResponse } from './sign-in-response.ts';

export function addSignInLinkRoutes(
  router: Router,
  options: { registry: RouteRegistry; links: SignInLinks; respondSignedIn: SignedInResponse },
): void {
  const { registry, links, respondSignedIn } = options;
  registry.add(router, routes.signInWithLink, async ({ params, body, response }) =>
    respondSignedIn(response, await links.signInWithLink(params.token, body.remember)),
  );
  registry.add(router, routes.emailSignInLink, async ({ body }) => {
    await links.emailSignInLink(body.email);
    return {
      status: 202,
      body: { message: 'If that address is known here, a sign-in link is on its way.' },
    };
  });
}
