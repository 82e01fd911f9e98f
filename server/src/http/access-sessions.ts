// REST for signing out, on this device or on every device.
import type { Router } from 'express';
import { SignOutEverywhereBody } from '@roundtable/shared/protocol/access';
import { signedIn } from '../services/auth-context.ts';
import type { Sessions } from '../services/sign-in-sessions.ts';
import { clearSessionCookie } from '../edge/cookies.ts';
import type { RouteRegistry } from './route.ts';

export function addSessionRoutes(
  router: Router,
  options: { registry: RouteRegistry; sessions: Sessions; secureCookies: boolean },
): void {
  const { registry, sessions } = options;
  registry.add(
    router,
    {
      method: 'post',
      path: '/api/sign-out',
      tag: 'sign-in',
      summary: 'Sign out on this device',
      responses: { 204: { description: 'Signed out' } },
    },
    async ({ auth, response }) => {
      await sessions.signOut(auth);
      clearSessionCookie(response, options.secureCookies);
      return { status: 204 };
    },
  );
  registry.add(
    router,
    {
      method: 'post',
      path: '/api/sign-out-everywhere',
      tag: 'sign-in',
      summary: 'Sign out on every device (and, with revokeTokens, revoke every API token)',
      body: SignOutEverywhereBody,
      responses: { 204: { description: 'Signed out everywhere' } },
    },
    async ({ auth, body, response }) => {
      await sessions.signOutEverywhere(signedIn(auth), { revokeTokens: body.revokeTokens });
      clearSessionCookie(response, options.secureCookies);
      return { status: 204 };
    },
  );
}
