// REST for one-time sign-in links: signing in with one, and asking for one by email.
import type { Router } from 'express';
import { EmailLinkBody, SignInLinkBody } from '@roundtable/shared/protocol/access';
import { ErrorBody } from '@roundtable/shared/protocol/errors';
import { Me } from '@roundtable/shared/protocol/people';
import type { SignInLinks } from '../services/sign-in-links.ts';
import type { RouteRegistry } from './route.ts';
import { refused, Secret, type SignedInResponse } from './sign-in-response.ts';

export function addSignInLinkRoutes(
  router: Router,
  options: { registry: RouteRegistry; links: SignInLinks; respondSignedIn: SignedInResponse },
): void {
  const { registry, links, respondSignedIn } = options;
  registry.add(
    router,
    {
      method: 'post',
      path: '/api/sign-in/link/:token',
      tag: 'sign-in',
      summary: 'Sign in with a one-time link',
      params: Secret,
      body: SignInLinkBody,
      responses: { 200: { description: 'Signed in', schema: Me }, 404: refused },
    },
    async ({ params, body, response }) =>
      respondSignedIn(response, await links.signInWithLink(params.token, body.remember)),
  );
  registry.add(
    router,
    {
      method: 'post',
      path: '/api/sign-in/email',
      tag: 'sign-in',
      summary: 'Email me a one-time sign-in link (when SMTP_URL and PUBLIC_URL are set)',
      body: EmailLinkBody,
      responses: {
        202: { description: 'Sent, if the address is known' },
        404: { description: 'Email sign-in is not set up', schema: ErrorBody },
        503: { description: 'PUBLIC_URL is not set, so no link is emailed', schema: ErrorBody },
      },
    },
    async ({ body }) => {
      await links.emailSignInLink(body.email);
      return {
        status: 202,
        body: { message: 'If that address is known here, a sign-in link is on its way.' },
      };
    },
  );
}
