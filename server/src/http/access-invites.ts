// REST for invite links: what one is for, and joining with it.
import type { Router } from 'express';
import * as routes from '@roundtable/shared/protocol/routes';
import type { InviteJoining } from '../services/sign-in-invites.ts';
import type { RouteRegistry } from './route.ts';
import type { SignedInResponse } from './sign-in-response.ts';

export function addInviteRoutes(
  router: Router,
  options: { registry: RouteRegistry; invites: InviteJoining; respondSignedIn: SignedInResponse },
): void {
  const { registry, invites, respondSignedIn } = options;
  registry.add(router, routes.previewInvite, async ({ params }) => ({
    status: 200,
    body: await invites.previewInvite(params.token),
  }));
  registry.add(router, routes.joinWithInvite, async ({ auth, params, body, response }) =>
    respondSignedIn(
      response,
      await invites.joinWithInvite({
        secret: params.token,
        current: auth,
        remember: body.remember,
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.email !== undefined ? { email: body.email } : {}),
        ...(body.nameInRecord !== undefined ? { nameInRecord: body.nameInRecord } : {}),
      }),
    ),
  );
}
