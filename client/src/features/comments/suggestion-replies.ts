// Replies on suggestion cards are a comment thread linked to the suggestion. The first reply
// starts the thread (anchored on the suggestion's words), later ones reply in it; both go
// through the comment outbox, so they are kept offline and arrive live for everyone else.
import { useCallback, useMemo } from 'react';
import { newCommentId, type CommentDraft } from './draft.ts';
import type { CommentItem, ThreadItem } from './pending-view.ts';
import type { CommentsController } from './useComments.ts';

/** The replies on one suggestion's card. */
export interface SuggestionThread {
  /** The thread new replies go to. */
  threadId: string;
  replies: CommentItem[];
  resolved: boolean;
}

export interface SuggestionReplies {
  myId: string;
  /** May write replies (the same rule as comments). */
  mayReply: boolean;
  /** Sending had to stop: unsent replies are kept on this device. */
  waiting: boolean;
  threadOf(suggestionId: string): SuggestionThread | undefined;
  /**
   * Sends a reply. The first one needs `draft` (the suggestion's words as an anchor and quote)
   * to start the thread; false when it is needed and missing.
   */
  reply(suggestionId: string, body: string, draft: () => CommentDraft | null): boolean;
}

/**
 * The threads on each suggestion. Normally one each; if this device started one offline while
 * someone else did too, the server joins them, and meanwhile both are shown as one.
 */
export function threadsBySuggestion(threads: readonly ThreadItem[]): Map<string, SuggestionThread> {
  const bySuggestion = new Map<string, SuggestionThread>();
  const ordered = [...threads].sort((a, b) => Number(a.pending) - Number(b.pending));
  for (const thread of ordered) {
    if (thread.suggestionId === null) continue;
    const found = bySuggestion.get(thread.suggestionId);
    if (found) found.replies.push(...thread.comments);
    else {
      bySuggestion.set(thread.suggestionId, {
        threadId: thread.id,
        replies: [...thread.comments],
        resolved: thread.resolvedAt !== null,
      });
    }
  }
  return bySuggestion;
}

export function useSuggestionReplies(
  comments: CommentsController,
  mayReply: boolean,
): SuggestionReplies {
  const { act, threads, me, waiting } = comments;
  const bySuggestion = useMemo(() => threadsBySuggestion(threads), [threads]);
  const threadOf = useCallback((id: string) => bySuggestion.get(id), [bySuggestion]);
  const reply = useCallback(
    (suggestionId: string, body: string, draft: () => CommentDraft | null): boolean => {
      const thread = bySuggestion.get(suggestionId);
      if (thread) {
        act({ kind: 'reply', threadId: thread.threadId, body: { id: newCommentId(), body } });
        return true;
      }
      const made = draft();
      if (!made) return false;
      act({
        kind: 'create',
        documentId: comments.documentId,
        body: {
          id: newCommentId(),
          commentId: newCommentId(),
          anchor: made.anchor,
          quote: made.quote,
          body,
          suggestionId,
        },
      });
      return true;
    },
    [bySuggestion, act, comments.documentId],
  );
  return useMemo(
    () => ({ myId: me.id, mayReply, waiting, threadOf, reply }),
    [me.id, mayReply, waiting, threadOf, reply],
  );
}
