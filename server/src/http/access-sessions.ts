// REST for signing out, on this device or on every device.
import type { Router } from 'express';
import * as routes from '@roundtable/shared/protocol/routes';
import { signedIn } from '../services/auth-context.ts';
import type { Sessions } from '../services/sign-in-sessions.ts';
import { clearSessionCookie } from '../edge/cookies.ts';
import type { RouteRegistry } from './route.ts';

export function addSessionRoutes(
  router: Router,
  options: { registry: RouteRegistry; sessions: Sessions; secureCookies: boolean },
): void {
  const { registry, sessions } = options;
  registry.add(router, routes.signOut, async ({ auth, response }) => {
    await sessions.signOut(auth);
    clearSessionCookie(response, options.secureCookies);
    return { status: 204 };
  });
  registry.add(router, routes.signOutEverywhere, async ({ auth, body, response }) => {
    await sessions.signOutEverywhere(signedIn(auth), { revokeTokens: body.revokeTokens });
    clearSessionCookie(response, options.secureCookies);
    return { status: 204 };
  });
}
