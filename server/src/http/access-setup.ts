// REST for the first-run setup: the first administrator, made with the printed setup link.
import type { Router } from 'express';
import { SetupBody } from '@roundtable/shared/protocol/access';
import { Me } from '@roundtable/shared/protocol/people';
import type { InstallationSetup } from '../services/sign-in-setup.ts';
import type { RouteRegistry } from './route.ts';
import { refused, Secret, type SignedInResponse } from './sign-in-response.ts';

export function addSetupRoutes(
  router: Router,
  options: { registry: RouteRegistry; setup: InstallationSetup; respondSignedIn: SignedInResponse },
): void {
  const { registry, setup, respondSignedIn } = options;
  registry.add(
    router,
    {
      method: 'post',
      path: '/api/setup/:token',
      tag: 'sign-in',
      summary: 'Create the first administrator with the setup link printed at first start',
      params: Secret,
      body: SetupBody,
      responses: { 200: { description: 'Signed in as administrator', schema: Me }, 404: refused },
    },
    async ({ params, body, response }) =>
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
