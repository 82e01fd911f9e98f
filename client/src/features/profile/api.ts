// The REST calls behind the Profile page.
import { z } from 'zod';
import { Profile, type UpdateProfileBody } from '@roundtable/shared/protocol/people';
import { requestJson, type ApiResult } from '../../app/http.ts';

export function updateProfile(body: UpdateProfileBody): Promise<ApiResult<Profile>> {
  return requestJson(Profile, '/api/me', { method: 'PATCH', body });
}

export function setPassword(password: string): Promise<ApiResult<unknown>> {
  return requestJson(z.unknown(), '/api/me/password', { method: 'PUT', body: { password } });
}

/** Ends every session; with `revokeTokens`, every personal API token stops working too. */
export function signOutEverywhere(revokeTokens: boolean): Promise<ApiResult<unknown>> {
  return requestJson(z.unknown(), '/api/sign-out-everywhere', {
    method: 'POST',
    body: { revokeTokens },
  });
}
