// REST for signing in and out, joining with an invite, the first-run setup, one's own
// profile, and personal API tokens. Each family of routes has its own file (access-*.ts);
// this one puts them on one router, in the order they are described.
import type { Request } from 'express';
import { Router } from 'express';
import * as routes from '@roundtable/shared/protocol/routes';
import { signedIn } from '../services/auth-context.ts';
import type { ProfileService } from '../services/profiles.ts';
import type { SignInService } from '../services/sign-in.ts';
import type { TokenService } from '../services/tokens.ts';
import { addInviteRoutes } from './access-invites.ts';
import { addSignInLinkRoutes } from './access-links.ts';
import { addPasswordRoutes } from './access-passwords.ts';
import { addSessionRoutes } from './access-sessions.ts';
import { addSetupRoutes } from './access-setup.ts';
import { addTokenRoutes } from './access-tokens.ts';
import type { RouteRegistry } from './route.ts';
import { signedInResponse } from './sign-in-response.ts';

export interface AccessRouteOptions {
  registry: RouteRegistry;
  signIn: SignInService;
  profiles: ProfileService;
  tokens: TokenService;
  secureCookies: boolean;
  publicUrl: string | undefined;
}

export function accessRoutes(options: AccessRouteOptions): Router {
  const { registry, signIn, profiles, tokens, secureCookies } = options;
  const router = Router();
  const respondSignedIn = signedInResponse({ profiles, secureCookies });

  registry.add(router, routes.getMe, async ({ auth }) => ({
    status: 200,
    body: await profiles.me(signedIn(auth)),
  }));
  registry.add(router, routes.updateMe, async ({ auth, body }) => ({
    status: 200,
    body: await profiles.update(signedIn(auth), body),
  }));
  addSessionRoutes(router, { registry, sessions: signIn.sessions, secureCookies });
  addInviteRoutes(router, { registry, invites: signIn.invites, respondSignedIn });
  addSignInLinkRoutes(router, { registry, links: signIn.links, respondSignedIn });
  addSetupRoutes(router, { registry, setup: signIn.setup, respondSignedIn });
  registry.add(router, routes.getSignInOptions, async () => ({
    status: 200,
    body: { email: signIn.links.emailSignIn, password: true },
  }));
  addPasswordRoutes(router, { registry, passwords: signIn.passwords, respondSignedIn });
  addTokenRoutes(router, { registry, tokens });
  return router;
}

/**
 * The origin for links shown to the person who asked (invite and sign-in links a facilitator
 * copies): PUBLIC_URL, or the address the request came to. Emailed links never use this.
 */
export function linkOrigin(request: Request, publicUrl: string | undefined): string {
  if (publicUrl) return new URL(publicUrl).origin;
  return `${request.protocol}://${request.headers.host ?? 'localhost'}`;
}
