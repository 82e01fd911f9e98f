// The REST calls for suggestions: decide one, list the decisions on a document, and read or
// change whether a draft is in review.
import { z } from 'zod';
import {
  DocumentReview,
  SuggestionDecision,
  type SuggestionOutcome,
} from '@roundtable/shared/protocol/suggestions';
import { requestJson, type ApiResult } from '../../app/http.ts';

const inDocument = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}`;

export function decideSuggestion(
  documentId: string,
  suggestionId: string,
  outcome: SuggestionOutcome,
): Promise<ApiResult<SuggestionDecision>> {
  return requestJson(
    SuggestionDecision,
    `${inDocument(documentId)}/suggestions/${encodeURIComponent(suggestionId)}/decision`,
    { method: 'POST', body: { outcome } },
  );
}

export function listDecisions(documentId: string): Promise<ApiResult<SuggestionDecision[]>> {
  return requestJson(z.array(SuggestionDecision), `${inDocument(documentId)}/suggestion-decisions`);
}

export function getReview(documentId: string): Promise<ApiResult<DocumentReview>> {
  return requestJson(DocumentReview, `${inDocument(documentId)}/review`);
}

export function setReview(
  documentId: string,
  inReview: boolean,
): Promise<ApiResult<DocumentReview>> {
  return requestJson(DocumentReview, `${inDocument(documentId)}/review`, {
    method: 'PUT',
    body: { inReview },
  });
}
