// The comment list as this person should see it: the server's threads with what is still in
// this device's outbox laid over them, each unsent part marked, so nothing they did seems lost.
import type { CommentView, ThreadView } from '@roundtable/shared/protocol/comments';
import type { OutboxEntry } from './outbox.ts';

export interface CommentItem extends CommentView {
  /** Not on the server yet: kept on this device. */
  pending: boolean;
}

export interface ThreadItem extends Omit<ThreadView, 'comments'> {
  comments: CommentItem[];
  /** The thread, or its resolving or reopening, is not on the server yet. */
  pending: boolean;
}

export interface Me {
  id: string;
  name: string;
}

export function withOutbox(
  threads: readonly ThreadView[],
  entries: readonly OutboxEntry[],
  me: Me,
): ThreadItem[] {
  const items: ThreadItem[] = threads.map((thread) => ({
    ...thread,
    pending: false,
    comments: thread.comments.map((comment) => ({ ...comment, pending: false })),
  }));
  const byId = new Map(items.map((item) => [item.id, item]));
  const mine = (id: string, threadId: string, body: string, at: string): CommentItem => ({
    id,
    threadId,
    authorId: me.id,
    authorName: me.name,
    body,
    createdAt: at,
    editedAt: null,
    deletedAt: null,
    pending: true,
  });
  for (const { action, at } of entries) {
    switch (action.kind) {
      case 'create': {
        const { body } = action;
        if (byId.has(body.id)) break;
        const item: ThreadItem = {
          id: body.id,
          documentId: action.documentId,
          anchor: body.anchor,
          quote: body.quote,
          createdBy: me.id,
          createdAt: at,
          resolvedAt: null,
          resolvedBy: null,
          resolvedByName: null,
          suggestionId: body.suggestionId ?? null,
          resolvedBecause: null,
          pending: true,
          comments: [mine(body.commentId, body.id, body.body, at)],
        };
        items.push(item);
        byId.set(item.id, item);
        break;
      }
      case 'reply': {
        const thread = byId.get(action.threadId);
        if (!thread || thread.comments.some((c) => c.id === action.body.id)) break;
        thread.comments.push(mine(action.body.id, thread.id, action.body.body, at));
        break;
      }
      case 'edit':
      case 'delete': {
        const thread = byId.get(action.threadId);
        const index = thread?.comments.findIndex((c) => c.id === action.commentId) ?? -1;
        const comment = thread?.comments[index];
        if (!thread || !comment || comment.deletedAt !== null) break;
        thread.comments[index] =
          action.kind === 'edit'
            ? { ...comment, body: action.body, editedAt: at, pending: true }
            : { ...comment, body: '', deletedAt: at, pending: true };
        break;
      }
      case 'resolve':
      case 'reopen': {
        const thread = byId.get(action.threadId);
        if (!thread) break;
        const resolving = action.kind === 'resolve';
        if ((thread.resolvedAt !== null) === resolving) break;
        Object.assign(thread, {
          resolvedAt: resolving ? at : null,
          resolvedBy: resolving ? me.id : null,
          resolvedByName: resolving ? me.name : null,
          resolvedBecause: null,
          pending: true,
        });
        break;
      }
      default: {
        const unreachable: never = action;
        throw new Error(`unknown outbox action ${String(unreachable)}`);
      }
    }
  }
  return items;
}
