// The document's title and whether it still exists, from the REST API. When the server cannot
// be reached the page still opens the copy on this device.
import { useQueryClient } from '@tanstack/react-query';
import type { DocumentSummary } from '@roundtable/shared/protocol/documents';
import { isValidId } from '@roundtable/shared/protocol/ids';
import { queryKeys } from '../../app/query-keys.ts';
import { useDocument } from '../workspaces/index.ts';

export type DocumentDetails =
  | { kind: 'loading' }
  | { kind: 'ready'; document: DocumentSummary }
  | { kind: 'in-bin'; document: DocumentSummary }
  | { kind: 'missing' }
  | { kind: 'forbidden'; message: string }
  | { kind: 'unreachable'; message: string };

export function useDocumentDetails(documentId: string): [DocumentDetails, () => void] {
  const valid = isValidId(documentId);
  const { data: result } = useDocument(documentId, valid);
  const queryClient = useQueryClient();
  const reload = () =>
    void queryClient.invalidateQueries({ queryKey: queryKeys.document(documentId) });
  if (!valid) return [{ kind: 'missing' }, reload];
  if (!result) return [{ kind: 'loading' }, reload];
  if (result.ok) {
    return [{ kind: result.data.deletedAt ? 'in-bin' : 'ready', document: result.data }, reload];
  }
  if (result.problem.status === 404) return [{ kind: 'missing' }, reload];
  if (result.problem.status === 403) {
    return [{ kind: 'forbidden', message: result.problem.message }, reload];
  }
  return [{ kind: 'unreachable', message: result.problem.message }, reload];
}
