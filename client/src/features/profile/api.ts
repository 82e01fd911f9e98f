// The REST calls behind the Profile page.
import type { Profile, UpdateProfileBody } from '@roundtable/shared/protocol/people';
import * as routes from '@roundtable/shared/protocol/routes';
import { call, type ApiResult } from '../../app/http.ts';

export function updateProfile(body: UpdateProfileBody): Promise<ApiResult<Profile>> {
  return call(routes.updateMe, { body });
}

export function setPassword(password: string): Promise<ApiResult<unknown>> {
  return call(routes.setPassword, { body: { password } });
}

/** Ends every session; with `revokeTokens`, every personal API token stops working too. */
export function signOutEverywhere(revokeTokens: boolean): Promise<ApiResult<unknown>> {
  return call(routes.signOutEverywhere, { body: { revokeTokens } });
}
