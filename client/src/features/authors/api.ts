// REST for the Authors view: who is behind the client ids in a document.
import { DocumentAuthors } from '@roundtable/shared/protocol/authorship';
import { requestJson, type ApiResult } from '../../app/http.ts';

export function fetchAuthors(documentId: string): Promise<ApiResult<DocumentAuthors>> {
  return requestJson(DocumentAuthors, `/api/documents/${encodeURIComponent(documentId)}/authors`);
}
