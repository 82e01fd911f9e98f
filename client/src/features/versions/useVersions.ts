// A document's versions, kept in the query cache; the page re-reads them after each change.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { VersionSummary } from '@roundtable/shared/protocol/documents';
import { queryKeys } from '../../app/query-keys.ts';
import { listVersions } from './api.ts';

export type VersionsState =
  | { kind: 'loading' }
  | { kind: 'ready'; versions: VersionSummary[] }
  | { kind: 'problem'; message: string };

export function useVersions(documentId: string): [VersionsState, () => void] {
  const queryClient = useQueryClient();
  const { data } = useQuery({
    queryKey: queryKeys.versions(documentId),
    queryFn: () => listVersions(documentId),
  });
  const reload = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: queryKeys.versions(documentId) }),
    [queryClient, documentId],
  );
  const state: VersionsState = !data
    ? { kind: 'loading' }
    : data.ok
      ? { kind: 'ready', versions: data.data }
      : { kind: 'problem', message: data.problem.message };
  return [state, reload];
}
