// REST for the Authors view: who is behind the client ids in a document.
import type { DocumentAuthors } from '@roundtable/shared/protocol/authorship';
import * as routes from '@roundtable/shared/protocol/routes';
import { call, type ApiResult } from '../../app/http.ts';

export function fetchAuthors(documentId: string): Promise<ApiResult<DocumentAuthors>> {
  return call(routes.getDocumentAuthors, { params: { id: documentId } });
}
