// The comments of one open document: the server's threads, what this device has not sent yet,
// and the live notices from /collab. Actions go into the outbox first and are sent from there,
// so a comment made on a bad connection is kept and sent when the connection is back.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ThreadView } from '@roundtable/shared/protocol/comments';
import type { CollabSession } from '../../realtime/index.ts';
import { queryKeys } from '../../app/query-keys.ts';
import { useAnnouncer } from '../../ui/index.ts';
import { sendAction, listThreads } from './api.ts';
import { newCommentId } from './draft.ts';
import {
  readOutbox,
  retargetOutbox,
  writeOutbox,
  type OutboxAction,
  type OutboxEntry,
} from './outbox.ts';
import { withOutbox, type Me, type ThreadItem } from './pending-view.ts';
import { announcementOf } from './words.ts';

export interface CommentsController {
  documentId: string;
  me: Me;
  threads: ThreadItem[];
  loaded: boolean;
  /** How many actions are kept on this device, not sent yet. */
  unsent: number;
  /** Sending had to stop (no connection): what is unsent waits on this device. */
  waiting: boolean;
  /** Something the server refused or could not be loaded, in plain words. */
  problem: string | null;
  dismissProblem(): void;
  /** Does something to comments: kept on this device at once, sent when possible. */
  act(action: OutboxAction): void;
}

export interface UseCommentsOptions {
  session: CollabSession;
  documentId: string;
  /** Who is signed in; comments need a signed-in person. */
  me: Me;
  storage?: Storage;
}

function upsert(threads: readonly ThreadView[], thread: ThreadView): ThreadView[] {
  const index = threads.findIndex((t) => t.id === thread.id);
  if (index === -1) return [...threads, thread];
  const next = [...threads];
  next[index] = thread;
  return next;
}

export function useComments({
  session,
  documentId,
  me,
  storage = localStorage,
}: UseCommentsOptions): CommentsController {
  const [problem, setProblem] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const threadsKey = useMemo(() => queryKeys.commentThreads(documentId), [documentId]);
  // Read the threads; with no connection (status 0) keep what is shown and say nothing.
  const loadThreads = useCallback(async (): Promise<ThreadView[]> => {
    const result = await listThreads(documentId);
    if (result.ok) return result.data;
    if (result.problem.status !== 0) {
      setProblem(`We could not load the comments. ${result.problem.message}`);
    }
    throw new Error(result.problem.message);
  }, [documentId]);
  const threadsQuery = useQuery({ queryKey: threadsKey, queryFn: loadThreads });
  const threads = threadsQuery.data;
  const setThreads = useCallback(
    (change: (current: ThreadView[]) => ThreadView[]) =>
      queryClient.setQueryData<ThreadView[]>(threadsKey, (current) => change(current ?? [])),
    [queryClient, threadsKey],
  );
  const outbox = useRef<OutboxEntry[]>(readOutbox(storage, documentId));
  const [entries, setEntries] = useState<OutboxEntry[]>(outbox.current);
  const sending = useRef(false);
  const [waiting, setWaiting] = useState(false);
  const { announce } = useAnnouncer();

  const saveOutbox = useCallback(
    (next: OutboxEntry[]) => {
      outbox.current = next;
      writeOutbox(storage, documentId, next);
      setEntries(next);
    },
    [storage, documentId],
  );

  // Read again now (a notice said they changed, or the connection is back); never rejects.
  const refresh = useCallback(
    () => queryClient.refetchQueries({ queryKey: threadsKey, exact: true }).catch(() => undefined),
    [queryClient, threadsKey],
  );

  const flush = useCallback(async () => {
    if (sending.current) return;
    sending.current = true;
    try {
      // One at a time, oldest first: a reply waits for its thread. Entries added meanwhile
      // are picked up by the same loop.
      for (let entry = outbox.current[0]; entry; entry = outbox.current[0]) {
        const result = await sendAction(entry.action);
        if (!result.ok) {
          const { status, message } = result.problem;
          if (status === 0 || status >= 500 || status === 401 || status === 429) {
            setWaiting(true);
            return;
          }
          setProblem(`This was not saved: ${message}`);
        } else setThreads((current) => upsert(current, result.data));
        const done = entry.id;
        let rest = outbox.current.filter((e) => e.id !== done);
        if (
          result.ok &&
          entry.action.kind === 'create' &&
          result.data.id !== entry.action.body.id
        ) {
          rest = retargetOutbox(rest, entry.action.body.id, result.data.id);
        }
        saveOutbox(rest);
      }
      setWaiting(false);
    } finally {
      sending.current = false;
    }
  }, [saveOutbox, setThreads]);

  useEffect(() => {
    // The first read is the query's own; send what was kept once it is in.
    void queryClient
      .fetchQuery({ queryKey: threadsKey, queryFn: loadThreads })
      .catch(() => undefined)
      .then(flush);
    const offNotice = session.onCommentsNotice((notice) => {
      void refresh();
      if (notice.actorId !== me.id) announce(announcementOf(notice));
    });
    // Back online or reconnected: catch up on what was missed, and send what was kept.
    const onSync = (synced: boolean) => {
      if (synced) void refresh().then(flush);
    };
    const onOnline = () => void flush();
    session.provider.on('sync', onSync);
    window.addEventListener('online', onOnline);
    return () => {
      offNotice();
      session.provider.off('sync', onSync);
      window.removeEventListener('online', onOnline);
    };
  }, [session, refresh, flush, announce, me.id, queryClient, threadsKey, loadThreads]);

  const act = useCallback(
    (action: OutboxAction) => {
      const entry: OutboxEntry = { id: newCommentId(), at: new Date().toISOString(), action };
      saveOutbox([...outbox.current, entry]);
      void flush();
    },
    [saveOutbox, flush],
  );

  const items = useMemo(() => withOutbox(threads ?? [], entries, me), [threads, entries, me]);
  return {
    documentId,
    me,
    threads: items,
    loaded: threads !== undefined,
    unsent: entries.length,
    waiting,
    problem,
    dismissProblem: () => setProblem(null),
    act,
  };
}
