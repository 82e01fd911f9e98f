// REST for signing in and out, joining with an invite, the first-run setup, one's own
// profile, and personal API tokens.
import type { Request, Response } from 'express';
import { Router } from 'express';
import { z } from 'zod';
import {
  CreatedToken,
  CreateTokenBody,
  EmailLinkBody,
  InvitePreview,
  PasswordSignInBody,
  SetPasswordBody,
  SignInOptions,
  JoinBody,
  SetupBody,
  SignInLinkBody,
  SignOutEverywhereBody,
  TokenList,
} from '@roundtable/shared/protocol/access';
import { ErrorBody } from '@roundtable/shared/protocol/errors';
import { Id } from '@roundtable/shared/protocol/ids';
import { Me, Profile, UpdateProfileBody } from '@roundtable/shared/protocol/people';
import { signedIn } from '../services/auth-context.ts';
import type { ProfileService } from '../services/profiles.ts';
import type { SignInService, StartedSession } from '../services/sign-in.ts';
import type { TokenService } from '../services/tokens.ts';
import { clearSessionCookie, setSessionCookie } from '../edge/cookies.ts';
import type { RouteRegistry } from './route.ts';

const Secret = z.object({ token: z.string().min(10).max(200) });
const ById = z.object({ id: Id });
const refused = { description: 'Expired, used or unknown link', schema: ErrorBody };

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

  registry.add(
    router,
    {
      method: 'get',
      path: '/api/me',
      tag: 'people',
      summary: 'Who I am: profile and workspaces',
      responses: {
        200: { description: 'Me', schema: Me },
        401: { description: 'Not signed in', schema: ErrorBody },
      },
    },
    async ({ auth }) => ({ status: 200, body: await profiles.me(signedIn(auth)) }),
  );
  registry.add(
    router,
    {
      method: 'patch',
      path: '/api/me',
      tag: 'people',
      summary: 'Change my profile',
      body: UpdateProfileBody,
      responses: { 200: { description: 'Updated', schema: Profile } },
    },
    async ({ auth, body }) => ({ status: 200, body: await profiles.update(signedIn(auth), body) }),
  );
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
      await signIn.signOut(auth);
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
      await signIn.signOutEverywhere(signedIn(auth), { revokeTokens: body.revokeTokens });
      clearSessionCookie(response, options.secureCookies);
      return { status: 204 };
    },
  );
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
    async ({ params }) => ({ status: 200, body: await signIn.previewInvite(params.token) }),
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
      startSession(response, await signIn.signInWithLink(params.token, body.remember)),
  );
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
  registry.add(
    router,
    {
      method: 'get',
      path: '/api/sign-in/options',
      tag: 'sign-in',
      summary: 'Which ways of signing in this server offers',
      responses: { 200: { description: 'Options', schema: SignInOptions } },
    },
    async () => ({ status: 200, body: { email: signIn.emailSignIn, password: true } }),
  );
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
      startSession(
        response,
        await signIn.signInWithPassword(body.email, body.password, body.remember),
      ),
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
      await signIn.emailSignInLink(body.email);
      return {
        status: 202,
        body: { message: 'If that address is known here, a sign-in link is on its way.' },
      };
    },
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
      await signIn.setPassword(signedIn(auth), body.password, auth.sessionHash);
      return { status: 204 };
    },
  );
  registry.add(
    router,
    {
      method: 'post',
      path: '/api/tokens',
      tag: 'tokens',
      summary: 'Create a personal API token (shown once)',
      body: CreateTokenBody,
      responses: { 201: { description: 'Created', schema: CreatedToken } },
    },
    async ({ auth, body }) => ({
      status: 201,
      body: await tokens.create(signedIn(auth), body.name),
    }),
  );
  registry.add(
    router,
    {
      method: 'get',
      path: '/api/tokens',
      tag: 'tokens',
      summary: 'My API tokens (never the token itself)',
      responses: { 200: { description: 'Tokens', schema: TokenList } },
    },
    async ({ auth }) => ({ status: 200, body: await tokens.list(signedIn(auth)) }),
  );
  registry.add(
    router,
    {
      method: 'delete',
      path: '/api/tokens/:id',
      tag: 'tokens',
      summary: 'Revoke an API token; its live connections close',
      params: ById,
      responses: {
        204: { description: 'Revoked' },
        404: { description: 'No such token', schema: ErrorBody },
      },
    },
    async ({ auth, params }) => {
      await tokens.revoke(signedIn(auth), params.id);
      return { status: 204 };
    },
  );
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
