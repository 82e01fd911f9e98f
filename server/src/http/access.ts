// REST for signing in and out, joining with an invite, the first-run setup, one's own
// profile, and personal API tokens.
import type { Request, Response } from 'express';
import { Router } from 'express';
import * as routes from '@roundtable/shared/protocol/routes';
import { signedIn } from '../services/auth-context.ts';
import type { ProfileService } from '../services/profiles.ts';
import type { SignInService, StartedSession } from '../services/sign-in.ts';
import type { TokenService } from '../services/tokens.ts';
import { clearSessionCookie, setSessionCookie } from '../edge/cookies.ts';
import type { RouteRegistry } from './route.ts';

export interface AccessRouteOptions {
  registry: RouteRegistry;
  signIn: SignInService;
  profiles: ProfileService;
  tokens: TokenService;
  secureCookies: boolean;
  publicUrl: string | undefined;
}

export function accessRoutes(options: AccessRouteOptions): Router {
  const { registry, signIn, profiles, tokens } = options;
  const router = Router();
  const startSession = async (response: Response, session: StartedSession) => {
    if (session.secret) {
      setSessionCookie(response, session.secret, {
        maxAgeSeconds: session.maxAgeSeconds,
        secure: options.secureCookies,
      });
    }
    return { status: 200, body: await profiles.me(session.userId) };
  };

  registry.add(router, routes.getMe, async ({ auth }) => ({
    status: 200,
    body: await profiles.me(signedIn(auth)),
  }));
  registry.add(router, routes.updateMe, async ({ auth, body }) => ({
    status: 200,
    body: await profiles.update(signedIn(auth), body),
  }));
  registry.add(router, routes.signOut, async ({ auth, response }) => {
    await signIn.signOut(auth);
    clearSessionCookie(response, options.secureCookies);
    return { status: 204 };
  });
  registry.add(router, routes.signOutEverywhere, async ({ auth, body, response }) => {
    await signIn.signOutEverywhere(signedIn(auth), { revokeTokens: body.revokeTokens });
    clearSessionCookie(response, options.secureCookies);
    return { status: 204 };
  });
  registry.add(router, routes.previewInvite, async ({ params }) => ({
    status: 200,
    body: await signIn.previewInvite(params.token),
  }));
  registry.add(router, routes.joinWithInvite, async ({ auth, params, body, response }) =>
    startSession(
      response,
      await signIn.joinWithInvite({
        secret: params.token,
        current: auth,
        remember: body.remember,
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.email !== undefined ? { email: body.email } : {}),
      }),
    ),
  );
  registry.add(router, routes.signInWithLink, async ({ params, body, response }) =>
    startSession(response, await signIn.signInWithLink(params.token, body.remember)),
  );
  registry.add(router, routes.setUp, async ({ params, body, response }) =>
    startSession(
      response,
      await signIn.setUp({
        secret: params.token,
        name: body.name,
        remember: body.remember,
        ...(body.email !== undefined ? { email: body.email } : {}),
      }),
    ),
  );
  registry.add(router, routes.getSignInOptions, async () => ({
    status: 200,
    body: { email: signIn.emailSignIn, password: true },
  }));
  registry.add(router, routes.signInWithPassword, async ({ body, response }) =>
    startSession(
      response,
      await signIn.signInWithPassword(body.email, body.password, body.remember),
    ),
  );
  registry.add(router, routes.emailSignInLink, async ({ body }) => {
    await signIn.emailSignInLink(body.email);
    return {
      status: 202,
      body: { message: 'If that address is known here, a sign-in link is on its way.' },
    };
  });
  registry.add(router, routes.setPassword, async ({ auth, body }) => {
    await signIn.setPassword(signedIn(auth), body.password, auth.sessionHash);
    return { status: 204 };
  });
  registry.add(router, routes.createToken, async ({ auth, body }) => ({
    status: 201,
    body: await tokens.create(signedIn(auth), body.name),
  }));
  registry.add(router, routes.listTokens, async ({ auth }) => ({
    status: 200,
    body: await tokens.list(signedIn(auth)),
  }));
  registry.add(router, routes.revokeToken, async ({ auth, params }) => {
    await tokens.revoke(signedIn(auth), params.id);
    return { status: 204 };
  });
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
