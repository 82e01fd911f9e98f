// The sign-in REST calls: who am I, join with an invite link, sign in with a one-time link,
// set up the first administrator, change my name, sign out, and the ways this server offers to
// sign in.
import type { z } from 'zod';
import type { InvitePreview, SignInOptions } from '@roundtable/shared/protocol/access';
import type { Me } from '@roundtable/shared/protocol/people';
import * as routes from '@roundtable/shared/protocol/routes';
import { call, type ApiResult } from '../../app/http.ts';

export function getMe(): Promise<ApiResult<Me>> {
  return call(routes.getMe);
}

export function previewInvite(token: string): Promise<ApiResult<z.infer<typeof InvitePreview>>> {
  return call(routes.previewInvite, { params: { token } });
}

export function joinWithInvite(
  token: string,
  body: { name: string; remember: boolean; nameInRecord: boolean },
): Promise<ApiResult<Me>> {
  return call(routes.joinWithInvite, { params: { token }, body });
}

export function signInWithLink(token: string, remember: boolean): Promise<ApiResult<Me>> {
  return call(routes.signInWithLink, { params: { token }, body: { remember } });
}

export function setUp(
  token: string,
  body: { name: string; remember: boolean },
): Promise<ApiResult<Me>> {
  return call(routes.setUp, { params: { token }, body });
}

export function changeMyName(name: string): Promise<ApiResult<unknown>> {
  return call(routes.updateMe, { body: { name } });
}

export function signOut(): Promise<ApiResult<unknown>> {
  return call(routes.signOut);
}

export function signInWithPassword(body: {
  email: string;
  password: string;
  remember: boolean;
}): Promise<ApiResult<Me>> {
  return call(routes.signInWithPassword, { body });
}

export function getSignInOptions(): Promise<ApiResult<z.infer<typeof SignInOptions>>> {
  return call(routes.getSignInOptions);
}

/** Asks for a one-time sign-in link by email; the answer is the same whether or not it is known. */
export function emailSignInLink(email: string): Promise<ApiResult<unknown>> {
  return call(routes.emailSignInLink, { body: { email } });
}
