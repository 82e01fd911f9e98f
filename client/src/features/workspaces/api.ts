// The workspace and document REST calls the client makes, one function each.
import { z } from 'zod';
import {
  DocumentList,
  DocumentSummary,
  type CreateDocumentBody,
} from '@roundtable/shared/protocol/documents';
import { Workspace, WorkspaceList } from '@roundtable/shared/protocol/workspaces';
import { requestJson, type ApiResult } from '../../app/http.ts';

/** PATCH, DELETE and restore answers are not needed beyond success. */
const Anything = z.unknown();

export function listWorkspaces(): Promise<ApiResult<Workspace[]>> {
  return requestJson(WorkspaceList, '/api/workspaces');
}

export function createWorkspace(name: string): Promise<ApiResult<Workspace>> {
  return requestJson(Workspace, '/api/workspaces', { method: 'POST', body: { name } });
}

export function renameWorkspace(id: string, name: string): Promise<ApiResult<unknown>> {
  return requestJson(Anything, `/api/workspaces/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: { name },
  });
}

export function listDocuments(
  workspaceId: string,
  { bin = false }: { bin?: boolean } = {},
): Promise<ApiResult<DocumentSummary[]>> {
  const query = new URLSearchParams({ workspaceId });
  if (bin) query.set('bin', '1');
  return requestJson(DocumentList, `/api/documents?${query.toString()}`);
}

export function createDocument(body: CreateDocumentBody): Promise<ApiResult<{ id: string }>> {
  return requestJson(z.object({ id: z.string() }).loose(), '/api/documents', {
    method: 'POST',
    body,
  });
}

export function getDocument(id: string): Promise<ApiResult<DocumentSummary>> {
  return requestJson(DocumentSummary, `/api/documents/${encodeURIComponent(id)}`);
}

export function renameDocument(id: string, title: string): Promise<ApiResult<unknown>> {
  return requestJson(Anything, `/api/documents/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: { title },
  });
}

/** Moves a document to the bin, where it is kept for 30 days. */
export function moveDocumentToBin(id: string): Promise<ApiResult<unknown>> {
  return requestJson(Anything, `/api/documents/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function restoreDocument(id: string): Promise<ApiResult<unknown>> {
  return requestJson(Anything, `/api/documents/${encodeURIComponent(id)}/restore`, {
    method: 'POST',
  });
}
