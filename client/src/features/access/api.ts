// The sign-in REST calls: who am I, join with an invite link, sign in with a one-time link,
// set up the first administrator, change my name, sign out.
import { z } from 'zod';
import { InvitePreview } from '@roundtable/shared/protocol/access';
import { Me } from '@roundtable/shared/protocol/people';
import { requestJson, type ApiResult } from '../../app/http.ts';

export function getMe(): Promise<ApiResult<Me>> {
  return requestJson(Me, '/api/me');
}

export function previewInvite(token: string): Promise<ApiResult<z.infer<typeof InvitePreview>>> {
  return requestJson(InvitePreview, `/api/invites/${encodeURIComponent(token)}`);
}

export function joinWithInvite(
  token: string,
  body: { name: string; remember: boolean },
): Promise<ApiResult<Me>> {
  return requestJson(Me, `/api/invites/${encodeURIComponent(token)}/join`, {
    method: 'POST',
    body,
  });
}

export function signInWithLink(token: string, remember: boolean): Promise<ApiResult<Me>> {
  return requestJson(Me, `/api/sign-in/link/${encodeURIComponent(token)}`, {
    method: 'POST',
    body: { remember },
  });
}

export function setUp(
  token: string,
  body: { name: string; remember: boolean },
): Promise<ApiResult<Me>> {
  return requestJson(Me, `/api/setup/${encodeURIComponent(token)}`, { method: 'POST', body });
}

export function changeMyName(name: string): Promise<ApiResult<unknown>> {
  return requestJson(z.unknown(), '/api/me', { method: 'PATCH', body: { name } });
}

export function signOut(): Promise<ApiResult<unknown>> {
  return requestJson(z.unknown(), '/api/sign-out', { method: 'POST' });
}

export function signInWithPassword(body: {
  email: string;
  password: string;
  remember: boolean;
}): Promise<ApiResult<Me>> {
  return requestJson(Me, '/api/sign-in/password', { method: 'POST', body });
}
