// Routes for signing in and out, joining with an invite, the first-run setup, one's own
// profile, and personal API tokens.
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
} from '../access.ts';
import { ErrorBody } from '../errors.ts';
import { Me, Profile, UpdateProfileBody } from '../people.ts';
import { ById, route } from './spec.ts';

const Secret = z.object({ token: z.string().min(10).max(200) });
const refused = { description: 'Expired, used or unknown link', schema: ErrorBody };

export const getMe = route({
  method: 'get',
  path: '/api/me',
  tag: 'people',
  summary: 'Who I am: profile and workspaces',
  responses: {
    200: { description: 'Me', schema: Me },
    401: { description: 'Not signed in', schema: ErrorBody },
  },
});

export const updateMe = route({
  method: 'patch',
  path: '/api/me',
  tag: 'people',
  summary: 'Change my profile',
  body: UpdateProfileBody,
  responses: {
    200: { description: 'Updated', schema: Profile },
    409: { description: 'The email address or name is taken', schema: ErrorBody },
    429: { description: 'Too many email changes by this person', schema: ErrorBody },
  },
});

export const signOut = route({
  method: 'post',
  path: '/api/sign-out',
  tag: 'sign-in',
  summary: 'Sign out on this device',
  responses: { 204: { description: 'Signed out' } },
});

export const signOutEverywhere = route({
  method: 'post',
  path: '/api/sign-out-everywhere',
  tag: 'sign-in',
  summary: 'Sign out on every device (and, with revokeTokens, revoke every API token)',
  body: SignOutEverywhereBody,
  responses: { 204: { description: 'Signed out everywhere' } },
});

export const previewInvite = route({
  method: 'get',
  path: '/api/invites/:token',
  tag: 'sign-in',
  summary: 'What an invite link is for',
  params: Secret,
  responses: { 200: { description: 'The invite', schema: InvitePreview }, 404: refused },
});

export const joinWithInvite = route({
  method: 'post',
  path: '/api/invites/:token/join',
  tag: 'sign-in',
  summary: 'Join a workspace with an invite link (type a name; no password)',
  params: Secret,
  body: JoinBody,
  responses: { 200: { description: 'Joined and signed in', schema: Me }, 404: refused },
});

export const signInWithLink = route({
  method: 'post',
  path: '/api/sign-in/link/:token',
  tag: 'sign-in',
  summary: 'Sign in with a one-time link',
  params: Secret,
  body: SignInLinkBody,
  responses: { 200: { description: 'Signed in', schema: Me }, 404: refused },
});

export const setUp = route({
  method: 'post',
  path: '/api/setup/:token',
  tag: 'sign-in',
  summary: 'Create the first administrator with the setup link printed at first start',
  params: Secret,
  body: SetupBody,
  responses: { 200: { description: 'Signed in as administrator', schema: Me }, 404: refused },
});

export const getSignInOptions = route({
  method: 'get',
  path: '/api/sign-in/options',
  tag: 'sign-in',
  summary: 'Which ways of signing in this server offers',
  responses: { 200: { description: 'Options', schema: SignInOptions } },
});

export const signInWithPassword = route({
  method: 'post',
  path: '/api/sign-in/password',
  tag: 'sign-in',
  summary: 'Sign in with email and password (for those who chose one)',
  body: PasswordSignInBody,
  responses: {
    200: { description: 'Signed in', schema: Me },
    401: { description: 'No match', schema: ErrorBody },
  },
});

export const emailSignInLink = route({
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
});

export const setPassword = route({
  method: 'put',
  path: '/api/me/password',
  tag: 'people',
  summary: 'Choose or change my password (optional); signs out every other session',
  body: SetPasswordBody,
  responses: {
    204: { description: 'Set' },
    409: { description: 'No email yet', schema: ErrorBody },
  },
});

export const createToken = route({
  method: 'post',
  path: '/api/tokens',
  tag: 'tokens',
  summary: 'Create a personal API token (shown once)',
  body: CreateTokenBody,
  responses: { 201: { description: 'Created', schema: CreatedToken } },
});

export const listTokens = route({
  method: 'get',
  path: '/api/tokens',
  tag: 'tokens',
  summary: 'My API tokens (never the token itself)',
  responses: { 200: { description: 'Tokens', schema: TokenList } },
});

export const revokeToken = route({
  method: 'delete',
  path: '/api/tokens/:id',
  tag: 'tokens',
  summary: 'Revoke an API token; its live connections close',
  params: ById,
  responses: {
    204: { description: 'Revoked' },
    404: { description: 'No such token', schema: ErrorBody },
  },
});
