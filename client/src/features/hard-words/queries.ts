// A workspace's hard words, read once into the query cache for everything that shows them: the
// marks in the editor, the Hard words page, the list beside a document, and the plain-English
// helper. A /collab notice says when they changed, and every reader re-reads them then.
import { useCallback, useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { HardWordView } from '@roundtable/shared/protocol/hard-words';
import { queryKeys } from '../../app/query-keys.ts';
import type { CollabSession } from '../../realtime/index.ts';
import { useAnnouncer } from '../../ui/index.ts';
import { listHardWords } from './api.ts';

/** The server's answer (ok or a problem); undefined while loading or with no workspace. */
export function useHardWordsQuery(workspaceId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.hardWords(workspaceId ?? ''),
    queryFn: () => listHardWords(workspaceId ?? ''),
    enabled: workspaceId !== undefined && workspaceId !== '',
  });
}

const NO_WORDS: readonly HardWordView[] = [];

/**
 * The workspace's hard words, in alphabetical order: none while they load, or when they could
 * not be read. Each is a `HardWord` (word and explanation) for the matcher.
 */
export function useHardWords(workspaceId: string | undefined): readonly HardWordView[] {
  const { data } = useHardWordsQuery(workspaceId);
  return data?.ok ? data.data : NO_WORDS;
}

/** Re-reads the hard words whenever someone changes them (a notice on the document's /collab). */
export function useLiveHardWords(session: CollabSession, workspaceId: string | undefined): void {
  const queryClient = useQueryClient();
  const { announce } = useAnnouncer();
  const reload = useCallback(
    () =>
      workspaceId === undefined
        ? Promise.resolve()
        : queryClient.invalidateQueries({ queryKey: queryKeys.hardWords(workspaceId) }),
    [queryClient, workspaceId],
  );
  useEffect(
    () =>
      session.onHardWordsNotice((notice) => {
        if (notice.workspaceId !== workspaceId) return;
        void reload().then(() => {
          if (notice.actorId === null || notice.actorId !== myId(session)) {
            announce('The hard words were changed.');
          }
        });
      }),
    [session, workspaceId, reload, announce],
  );
}

/** The signed-in person on this session, from their presence (undefined without sign-in). */
function myId(session: CollabSession): string | undefined {
  const state = session.awareness.getLocalState() as { user?: { personId?: string } } | null;
  return state?.user?.personId;
}
