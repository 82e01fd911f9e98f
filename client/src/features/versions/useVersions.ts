// A document's versions, and the names of the people who saved them.
import { useCallback, useEffect, useState } from 'react';
import type { VersionSummary } from '@roundtable/shared/protocol/documents';
import { listMembers, listVersions } from './api.ts';

export type VersionsState =
  | { kind: 'loading' }
  | { kind: 'ready'; versions: VersionSummary[] }
  | { kind: 'problem'; message: string };

export function useVersions(documentId: string): [VersionsState, () => void] {
  const [state, setState] = useState<VersionsState>({ kind: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    void listVersions(documentId).then((result) => {
      if (!live) return;
      setState(
        result.ok
          ? { kind: 'ready', versions: result.data }
          : { kind: 'problem', message: result.problem.message },
      );
    });
    return () => {
      live = false;
    };
  }, [documentId, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return [state, reload];
}

export function useMemberNames(workspaceId: string | undefined): (userId: string) => string | null {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    if (!workspaceId) return;
    let live = true;
    void listMembers(workspaceId).then((result) => {
      if (live && result.ok) setNames(new Map(result.data.map((m) => [m.userId, m.name])));
    });
    return () => {
      live = false;
    };
  }, [workspaceId]);
  return useCallback((userId: string) => names.get(userId) ?? null, [names]);
}
