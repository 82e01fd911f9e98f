// The document's title and whether it still exists, from the REST API. When the server cannot
// be reached the page still opens the copy on this device.
import { useCallback, useEffect, useState } from 'react';
import type { DocumentSummary } from '@roundtable/shared/protocol/documents';
import { isValidId } from '@roundtable/shared/protocol/ids';
import { getDocument } from '../workspaces/index.ts';

export type DocumentDetails =
  | { kind: 'loading' }
  | { kind: 'ready'; document: DocumentSummary }
  | { kind: 'in-bin'; document: DocumentSummary }
  | { kind: 'missing' }
  | { kind: 'forbidden'; message: string }
  | { kind: 'unreachable'; message: string };

export function useDocumentDetails(documentId: string): [DocumentDetails, () => void] {
  const [details, setDetails] = useState<DocumentDetails>(() =>
    isValidId(documentId) ? { kind: 'loading' } : { kind: 'missing' },
  );

  const load = useCallback(async () => {
    if (!isValidId(documentId)) {
      setDetails({ kind: 'missing' });
      return;
    }
    const result = await getDocument(documentId);
    if (result.ok) {
      setDetails({
        kind: result.data.deletedAt ? 'in-bin' : 'ready',
        document: result.data,
      });
    } else if (result.problem.status === 404) {
      setDetails({ kind: 'missing' });
    } else if (result.problem.status === 403) {
      setDetails({ kind: 'forbidden', message: result.problem.message });
    } else {
      setDetails({ kind: 'unreachable', message: result.problem.message });
    }
  }, [documentId]);

  useEffect(() => {
    void load();
  }, [load]);

  return [details, () => void load()];
}
