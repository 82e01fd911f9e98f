// The REST calls for suggestions: decide one, list the decisions on a document, and read or
// change whether a draft is in review.
import * as routes from '@roundtable/shared/protocol/routes';
import type {
  DocumentReview,
  SuggestionDecision,
  SuggestionOutcome,
} from '@roundtable/shared/protocol/suggestions';
import { call, type ApiResult } from '../../app/http.ts';

export function decideSuggestion(
  documentId: string,
  suggestionId: string,
  outcome: SuggestionOutcome,
): Promise<ApiResult<SuggestionDecision>> {
  return call(routes.decideSuggestion, {
    params: { id: documentId, suggestionId },
    body: { outcome },
  });
}

export function listDecisions(documentId: string): Promise<ApiResult<SuggestionDecision[]>> {
  return call(routes.listDecisions, { params: { id: documentId } });
}

export function getReview(documentId: string): Promise<ApiResult<DocumentReview>> {
  return call(routes.getReview, { params: { id: documentId } });
}

export function setReview(
  documentId: string,
  inReview: boolean,
): Promise<ApiResult<DocumentReview>> {
  return call(routes.setReview, { params: { id: documentId }, body: { inReview } });
}
