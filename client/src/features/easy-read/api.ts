// The Easy Read REST calls the client makes, one function each, and the cached reads.
import { useQuery } from '@tanstack/react-query';
import type { DocumentSummary } from '@roundtable/shared/protocol/documents';
import type {
  AnswerCheckBody,
  CheckResults,
  CheckRound,
  EasyReadLinks,
} from '@roundtable/shared/protocol/easy-read';
import * as routes from '@roundtable/shared/protocol/routes';
import { call, type ApiResult } from '../../app/http.ts';
import { queryKeys } from '../../app/query-keys.ts';

export function makeEasyReadVersion(draftId: string): Promise<ApiResult<DocumentSummary>> {
  return call(routes.makeEasyReadVersion, { params: { id: draftId } });
}

export function getEasyReadLinks(documentId: string): Promise<ApiResult<EasyReadLinks>> {
  return call(routes.getEasyReadLinks, { params: { id: documentId } });
}

export function startCheckRound(documentId: string): Promise<ApiResult<CheckRound>> {
  return call(routes.startCheckRound, { params: { id: documentId } });
}

export async function getCurrentCheckRound(
  documentId: string,
): Promise<ApiResult<CheckRound | null>> {
  const result = await call(routes.getCurrentCheckRound, { params: { id: documentId } });
  return result.ok ? { ok: true, data: result.data.round } : result;
}

export function answerCheckPage(
  roundId: string,
  body: AnswerCheckBody,
): Promise<ApiResult<CheckRound>> {
  return call(routes.answerCheckPage, { params: { id: roundId }, body });
}

export function getCheckResults(roundId: string): Promise<ApiResult<CheckResults>> {
  return call(routes.getCheckResults, { params: { id: roundId } });
}

export function useEasyReadLinks(documentId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.easyReadLinks(documentId),
    queryFn: () => getEasyReadLinks(documentId),
    enabled,
  });
}

export function useCurrentCheckRound(documentId: string) {
  return useQuery({
    queryKey: queryKeys.checkRound(documentId),
    queryFn: () => getCurrentCheckRound(documentId),
  });
}

export function useCheckResults(roundId: string | null) {
  return useQuery({
    queryKey: queryKeys.checkResults(roundId ?? ''),
    queryFn: () => getCheckResults(roundId ?? ''),
    enabled: roundId !== null,
  });
}
