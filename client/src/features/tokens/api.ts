// The REST calls for personal API tokens.
import { z } from 'zod';
import { CreatedToken, TokenList } from '@roundtable/shared/protocol/access';
import { requestJson, type ApiResult } from '../../app/http.ts';

export type TokenSummary = z.infer<typeof TokenList>[number];

export function listTokens(): Promise<ApiResult<TokenSummary[]>> {
  return requestJson(TokenList, '/api/tokens');
}

export function createToken(name: string): Promise<ApiResult<z.infer<typeof CreatedToken>>> {
  return requestJson(CreatedToken, '/api/tokens', { method: 'POST', body: { name } });
}

export function revokeToken(id: string): Promise<ApiResult<unknown>> {
  return requestJson(z.unknown(), `/api/tokens/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
