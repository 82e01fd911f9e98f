// One document's details (title, workspace, whether it is in the bin), and one workspace's, in
// the query cache.
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../app/query-keys.ts';
import { getDocument, getWorkspace } from './api.ts';

/** The server's answer about the document (ok or a problem); undefined while loading. */
export function useDocument(documentId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.document(documentId),
    queryFn: () => getDocument(documentId),
    enabled,
  });
}

/** The server's answer about the workspace (ok or a problem); undefined while loading. */
export function useWorkspace(workspaceId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.workspace(workspaceId),
    queryFn: () => getWorkspace(workspaceId),
    enabled,
  });
}
