// The REST calls for personal API tokens.
import type { z } from 'zod';
import type { CreatedToken, TokenList } from '@roundtable/shared/protocol/access';
import * as routes from '@roundtable/shared/protocol/routes';
import { call, type ApiResult } from '../../app/http.ts';

export type TokenSummary = z.infer<typeof TokenList>[number];

export function listTokens(): Promise<ApiResult<TokenSummary[]>> {
  return call(routes.listTokens);
}

export function createToken(name: string): Promise<ApiResult<z.infer<typeof CreatedToken>>> {
  return call(routes.createToken, { body: { name } });
}

export function revokeToken(id: string): Promise<ApiResult<unknown>> {
  return call(routes.revokeToken, { params: { id } });
}
