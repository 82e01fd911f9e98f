// REST for invite links: what one is for, and joining with it.
import type { Router } from 'express';
import { InvitePreview, JoinBody } from '@roundtable/shared/protocol/access';
import { Me } from '@roundtable/shared/protocol/people';
import type { InviteJoining } from '../services/sign-in-invites.ts';
import type { RouteRegistry } from './route.ts';
import { refused, Secret, type SignedInResponse } from './sign-in-response.ts';

export function addInviteRoutes(
  router: Router,
  options: { registry: RouteRegistry; invites: InviteJoining; respondSignedIn: SignedInResponse },
): void {
  const { registry, invites, respondSignedIn } = options;
  registry.add(
    router,
    {
      method: 'get',
      path: '/api/invites/:token',
      tag: 'sign-in',
      summary: 'What an invite link is for',
      params: Secret,
      responses: { 200: { description: 'The invite', schema: InvitePreview }, 404: refused },
    },
    async ({ params }) => ({ status: 200, body: await invites.previewInvite(params.token) }),
  );
  registry.add(
    router,
    {
      method: 'post',
      path: '/api/invites/:token/join',
      tag: 'sign-in',
      summary: 'Join a workspace with an invite link (type a name; no password)',
      params: Secret,
      body: JoinBody,
      responses: { 200: { description: 'Joined and signed in', schema: Me }, 404: refused },
    },
    async ({ auth, params, body, response }) =>
      respondSignedIn(
        response,
        await invites.joinWithInvite({
          secret: params.token,
          current: auth,
          remember: body.remember,
          ...(body.name !== undefined ? { name: body.name } : {}),
          ...(body.email !== undefined ? { email: body.email } : {}),
        }),
      ),
  );
}
