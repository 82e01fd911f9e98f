// The workspace and document REST calls the client makes, one function each.
import type { CreateDocumentBody, DocumentSummary } from '@roundtable/shared/protocol/documents';
import * as routes from '@roundtable/shared/protocol/routes';
import type { Workspace } from '@roundtable/shared/protocol/workspaces';
import { call, type ApiResult } from '../../app/http.ts';

export function listWorkspaces(): Promise<ApiResult<Workspace[]>> {
  return call(routes.listWorkspaces);
}

export function getWorkspace(id: string): Promise<ApiResult<Workspace>> {
  return call(routes.getWorkspace, { params: { id } });
}

export function createWorkspace(name: string): Promise<ApiResult<Workspace>> {
  return call(routes.createWorkspace, { body: { name } });
}

export function renameWorkspace(id: string, name: string): Promise<ApiResult<unknown>> {
  return call(routes.renameWorkspace, { params: { id }, body: { name } });
}

export function listDocuments(
  workspaceId: string,
  { bin = false }: { bin?: boolean } = {},
): Promise<ApiResult<DocumentSummary[]>> {
  return call(routes.listDocuments, { query: { workspaceId, ...(bin ? { bin: '1' } : {}) } });
}

export function createDocument(body: CreateDocumentBody): Promise<ApiResult<{ id: string }>> {
  return call(routes.createDocument, { body });
}

export function getDocument(id: string): Promise<ApiResult<DocumentSummary>> {
  return call(routes.getDocument, { params: { id } });
}

export function renameDocument(id: string, title: string): Promise<ApiResult<unknown>> {
  return call(routes.renameDocument, { params: { id }, body: { title } });
}

/** Moves a document to the bin, where it is kept for 30 days. */
export function moveDocumentToBin(id: string): Promise<ApiResult<unknown>> {
  return call(routes.moveDocumentToBin, { params: { id } });
}

export function restoreDocument(id: string): Promise<ApiResult<unknown>> {
  return call(routes.restoreDocument, { params: { id } });
}
