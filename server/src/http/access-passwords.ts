// REST for passwords, for those who choose one: signing in with one, and setting one.
import type { Router } from 'express';
import { PasswordSignInBody, SetPasswordBody } from '@roundtable/shared/protocol/access';
import { ErrorBody } from '@roundtable/shared/protocol/errors';
import { Me } from '@roundtable/shared/protocol/people';
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
  registry.add(
    router,
    {
      method: 'post',
      path: '/api/sign-in/password',
      tag: 'sign-in',
      summary: 'Sign in with email and password (for those who chose one)',
      body: PasswordSignInBody,
      responses: {
        200: { description: 'Signed in', schema: Me },
        401: { description: 'No match', schema: ErrorBody },
      },
    },
    async ({ body, response }) =>
      respondSignedIn(
        response,
        await passwords.signInWithPassword(body.email, body.password, body.remember),
      ),
  );
  registry.add(
    router,
    {
      method: 'put',
      path: '/api/me/password',
      tag: 'people',
      summary: 'Choose or change my password (optional); signs out every other session',
      body: SetPasswordBody,
      responses: {
        204: { description: 'Set' },
        409: { description: 'No email yet', schema: ErrorBody },
      },
    },
    async ({ auth, body }) => {
      await passwords.setPassword(signedIn(auth), body.password, auth.sessionHash);
      return { status: 204 };
    },
  );
}
