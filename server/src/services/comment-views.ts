// How comment threads are shown: each person named (or "A former member" once erased), a
// deleted comment's words gone; and the record a new comment is stored as.
import type { ThreadView } from '@roundtable/shared/protocol/comments';
import type { CommentRecord, StoredThread } from '../storage/comment-ports.ts';
import type { PeopleStore } from '../storage/identity-ports.ts';

/** Shown for someone whose account no longer exists (erased). */
export const UNKNOWN_PERSON = 'A former member';

/** The names of everyone a thread shows: the people who wrote in it and who resolved it. */
export async function namesIn(
  identity: PeopleStore,
  threads: readonly StoredThread[],
): Promise<Map<string, string>> {
  const ids = new Set<string>();
  for (const { thread, comments } of threads) {
    if (thread.resolvedBy) ids.add(thread.resolvedBy);
    for (const comment of comments) ids.add(comment.authorId);
  }
  const names = new Map<string, string>();
  await Promise.all(
    [...ids].map(async (id) => {
      names.set(id, (await identity.getUser(id))?.name ?? UNKNOWN_PERSON);
    }),
  );
  return names;
}

export function newComment(
  id: string,
  threadId: string,
  authorId: string,
  body: string,
  at: string,
): CommentRecord {
  return { id, threadId, authorId, body, createdAt: at, editedAt: null, deletedAt: null };
}

export function present(
  { thread, comments }: StoredThread,
  names: Map<string, string>,
): ThreadView {
  const nameOf = (id: string) => names.get(id) ?? UNKNOWN_PERSON;
  return {
    id: thread.id,
    documentId: thread.documentId,
    anchor: { start: thread.anchorStart, end: thread.anchorEnd },
    quote: thread.quote,
    createdBy: thread.createdBy,
    createdAt: thread.createdAt,
    resolvedAt: thread.resolvedAt,
    resolvedBy: thread.resolvedBy,
    resolvedByName: thread.resolvedBy === null ? null : nameOf(thread.resolvedBy),
    suggestionId: thread.suggestionId,
    resolvedBecause: thread.resolvedBecause,
    comments: comments.map((comment) => ({
      id: comment.id,
      threadId: comment.threadId,
      authorId: comment.authorId,
      authorName: nameOf(comment.authorId),
      body: comment.deletedAt === null ? comment.body : '',
      createdAt: comment.createdAt,
      editedAt: comment.editedAt,
      deletedAt: comment.deletedAt,
    })),
  };
}
