// Comments on a document: threads anchored to its text, replies, editing and deleting your own,
// resolving and reopening. Records live on the server so the rules hold for everyone; each
// change is stored, audited, then announced to the people with the document open. Ids are
// chosen by the client, so a request sent again (after a lost answer, or from the offline
// outbox) changes nothing the second time. A thread may hold the replies on a suggestion's
// card: one per suggestion, resolved by itself when the suggestion is accepted or rejected.
// Who may do what is checked in comment-access.ts; how a thread is shown, in comment-views.ts.
import { isWellFormedAnchor } from '@roundtable/shared/editor/comment-anchors';
import type { SuggestionDecision } from '@roundtable/shared/protocol/suggestions';
import type {
  CommentChange,
  CommentsNotice,
  CreateThreadBody,
  ReplyBody,
  ThreadView,
} from '@roundtable/shared/protocol/comments';
import type { StoredThread } from '../storage/comment-ports.ts';
import type { PeopleStore } from '../storage/identity-ports.ts';
import type { DocumentRecord } from '../storage/ports.ts';
import type { AuditLog } from './audit.ts';
import { signedIn, type AuthContext } from './auth-context.ts';
import { CommentAccess, type CommentAccessOptions } from './comment-access.ts';
import { namesIn, newComment, present, UNKNOWN_PERSON } from './comment-views.ts';
import { ServiceError } from './errors.ts';
import type { SuggestionStanding } from './suggestions.ts';

export interface CommentServiceOptions extends CommentAccessOptions {
  identity: PeopleStore;
  audit: AuditLog;
  /** Tells everyone with the document open (in every process) that a thread changed. */
  notify: (notice: CommentsNotice) => void;
  /**
   * Where a suggestion stands in a document: replies go only on a pending one's card (a decided
   * one's card, and replies, are gone; an unknown one was never there).
   */
  suggestionStanding: (documentId: string, suggestionId: string) => Promise<SuggestionStanding>;
  now: () => Date;
}

export class CommentService {
  private readonly access: CommentAccess;

  constructor(private readonly options: CommentServiceOptions) {
    this.access = new CommentAccess(options);
  }

  async list(auth: AuthContext, documentId: string): Promise<ThreadView[]> {
    await this.access.readable(auth, documentId);
    const threads = await this.options.comments.listThreads(documentId);
    const names = await namesIn(this.options.identity, threads);
    return threads.map((stored) => present(stored, names));
  }

  /** Starts a thread; `created` is false when this exact thread was stored before (a retry). */
  async createThread(
    auth: AuthContext,
    documentId: string,
    input: CreateThreadBody,
  ): Promise<{ thread: ThreadView; created: boolean }> {
    const userId = signedIn(auth);
    const document = await this.access.writable(auth, documentId);
    if (!isWellFormedAnchor(input.anchor)) {
      throw new ServiceError(
        'bad_request',
        'anchor: this is not a place in a document. Select the words again.',
        'anchor',
      );
    }
    const existing = await this.options.comments.getThread(input.id);
    if (existing) {
      if (existing.thread.documentId !== documentId || existing.thread.createdBy !== userId) {
        throw new ServiceError('conflict', 'A comment thread with this id exists already.');
      }
      return { thread: await this.view(existing), created: false };
    }
    if (input.suggestionId !== undefined) {
      const linked = await this.options.comments.findSuggestionThread(
        documentId,
        input.suggestionId,
      );
      // Two people sent the first reply on a card at once (or one was offline): the later one
      // joins the thread already there.
      if (linked) {
        const thread = await this.reply(auth, linked.thread.id, {
          id: input.commentId,
          body: input.body,
        });
        return { thread, created: true };
      }
    }
    if (input.suggestionId !== undefined) {
      const standing = await this.options.suggestionStanding(documentId, input.suggestionId);
      if (standing === 'decided') {
        throw new ServiceError(
          'conflict',
          'This suggestion has already been accepted or rejected, so it takes no more replies.',
        );
      }
      if (standing === 'unknown') {
        throw new ServiceError(
          'not_found',
          'There is no such suggestion in this document',
          'suggestionId',
        );
      }
    }
    if (await this.options.comments.getComment(input.commentId)) {
      throw new ServiceError('conflict', 'A comment with this id exists already.');
    }
    const at = this.options.now().toISOString();
    const created = await this.options.comments.createThread(
      {
        id: input.id,
        documentId,
        anchorStart: input.anchor.start,
        anchorEnd: input.anchor.end,
        quote: input.quote,
        createdBy: userId,
        createdAt: at,
        resolvedAt: null,
        resolvedBy: null,
        suggestionId: input.suggestionId ?? null,
        resolvedBecause: null,
      },
      newComment(input.commentId, input.id, userId, input.body, at),
    );
    if (!created) return this.createThread(auth, documentId, input);
    const thread = await this.changed(auth, document, input.id, 'created', input.id);
    return { thread, created: true };
  }

  async reply(auth: AuthContext, threadId: string, input: ReplyBody): Promise<ThreadView> {
    const userId = signedIn(auth);
    const { document } = await this.access.threadForWriting(auth, threadId);
    const existing = await this.options.comments.getComment(input.id);
    if (existing) {
      if (existing.threadId !== threadId || existing.authorId !== userId) {
        throw new ServiceError('conflict', 'A comment with this id exists already.');
      }
      return this.view(await this.access.thread(threadId));
    }
    const at = this.options.now().toISOString();
    if (
      !(await this.options.comments.addComment(
        newComment(input.id, threadId, userId, input.body, at),
      ))
    ) {
      return this.reply(auth, threadId, input);
    }
    return this.changed(auth, document, threadId, 'replied', input.id);
  }

  async edit(auth: AuthContext, commentId: string, body: string): Promise<ThreadView> {
    const { comment, document } = await this.access.commentForChanging(auth, commentId);
    if (comment.body === body) return this.view(await this.access.thread(comment.threadId));
    const at = this.options.now().toISOString();
    await this.options.comments.editComment(commentId, body, at);
    return this.changed(auth, document, comment.threadId, 'edited', commentId);
  }

  /** Deleting a deleted comment changes nothing, so a repeated request is harmless. */
  async delete(auth: AuthContext, commentId: string): Promise<ThreadView> {
    const { comment, document } = await this.access.commentForChanging(auth, commentId, true);
    if (comment.deletedAt !== null) return this.view(await this.access.thread(comment.threadId));
    const at = this.options.now().toISOString();
    await this.options.comments.deleteComment(commentId, at);
    return this.changed(auth, document, comment.threadId, 'deleted', commentId);
  }

  async resolve(auth: AuthContext, threadId: string): Promise<ThreadView> {
    const userId = signedIn(auth);
    const { stored, document } = await this.access.threadForWriting(auth, threadId);
    if (stored.thread.resolvedAt !== null) return this.view(stored);
    const at = this.options.now().toISOString();
    await this.options.comments.setResolved(threadId, { at, by: userId });
    return this.changed(auth, document, threadId, 'resolved', threadId);
  }

  async reopen(auth: AuthContext, threadId: string): Promise<ThreadView> {
    const { stored, document } = await this.access.threadForWriting(auth, threadId);
    if (stored.thread.resolvedAt === null) return this.view(stored);
    await this.options.comments.setResolved(threadId, null);
    return this.changed(auth, document, threadId, 'reopened', threadId);
  }

  /**
   * A suggestion was accepted or rejected: the thread of replies on its card, if any, is
   * resolved, saying why and by whom (nobody when a meeting poll decided), and kept.
   */
  async suggestionDecided(decision: SuggestionDecision): Promise<ThreadView | undefined> {
    const stored = await this.options.comments.findSuggestionThread(
      decision.documentId,
      decision.suggestionId,
    );
    if (!stored || stored.thread.resolvedAt !== null) return undefined;
    const document = await this.access.document(decision.documentId);
    const by = decision.how.kind === 'direct' ? decision.how.by : null;
    await this.options.comments.setResolved(stored.thread.id, {
      at: decision.decidedAt,
      by,
      because: decision.outcome,
    });
    await this.options.audit.record({
      actorId: by,
      workspaceId: document.workspaceId,
      action: 'comment.resolved',
      subject: stored.thread.id,
      details: {
        documentId: document.id,
        threadId: stored.thread.id,
        suggestionId: decision.suggestionId,
        because: decision.outcome,
      },
    });
    const thread = await this.view(await this.access.thread(stored.thread.id));
    this.options.notify({
      documentId: document.id,
      threadId: thread.id,
      change: 'resolved',
      actorId: by ?? '',
      actorName: thread.resolvedByName ?? 'A meeting poll',
      quote: thread.quote,
    });
    return thread;
  }

  /** Audits a stored change, tells the room, and answers with the thread as it is now. */
  private async changed(
    auth: AuthContext,
    document: DocumentRecord,
    threadId: string,
    change: CommentChange,
    subject: string,
  ): Promise<ThreadView> {
    const actorId = signedIn(auth);
    await this.options.audit.record({
      actorId,
      workspaceId: document.workspaceId,
      action: `comment.${change}`,
      subject,
      details: { documentId: document.id, threadId },
    });
    const thread = await this.view(await this.access.thread(threadId));
    const actorName = (await this.options.identity.getUser(actorId))?.name ?? UNKNOWN_PERSON;
    this.options.notify({
      documentId: document.id,
      threadId,
      change,
      actorId,
      actorName,
      quote: thread.quote,
    });
    return thread;
  }

  private async view(stored: StoredThread): Promise<ThreadView> {
    return present(stored, await namesIn(this.options.identity, [stored]));
  }
}
