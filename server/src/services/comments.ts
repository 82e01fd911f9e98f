// Comments on a document: threads anchored to its text, replies, editing and deleting your own,
// resolving and reopening. Records live on the server so the rules hold for everyone; each
// change is stored, audited, then announced to the people with the document open. Ids are
// chosen by the client, so a request sent again (after a lost answer, or from the offline
// outbox) changes nothing the second time. A thread may hold the replies on a suggestion's
// card: one per suggestion, resolved by itself when the suggestion is accepted or rejected.
import type { WorkspaceSettings } from '@roundtable/shared/protocol/workspaces';
import type { SuggestionDecision } from '@roundtable/shared/protocol/suggestions';
import type {
  CommentChange,
  CommentsNotice,
  CreateThreadBody,
  ReplyBody,
  ThreadView,
} from '@roundtable/shared/protocol/comments';
import type { CommentRecord, CommentStore, StoredThread } from '../storage/comment-ports.ts';
import type { PeopleStore } from '../storage/identity-ports.ts';
import type { DocumentRecord, DocumentStore } from '../storage/ports.ts';
import type { AuditLog } from './audit.ts';
import { authorize, signedIn, type AuthContext } from './auth-context.ts';
import { ServiceError } from './errors.ts';
import type { WorkspaceScope } from './workspace-scope.ts';

export interface CommentServiceOptions {
  comments: CommentStore;
  documents: DocumentStore;
  /** Resolves a document named by its id, and authorizes in its workspace. */
  scope: WorkspaceScope;
  identity: PeopleStore;
  settingsOf: (workspaceId: string) => Promise<WorkspaceSettings>;
  audit: AuditLog;
  /** Tells everyone with the document open (in every process) that a thread changed. */
  notify: (notice: CommentsNotice) => void;
  /** Whether a suggestion was already accepted or rejected: its card, and replies, are gone. */
  suggestionDecided?: (documentId: string, suggestionId: string) => Promise<boolean>;
  now: () => Date;
}

/** Shown for someone whose account no longer exists (erased). */
const UNKNOWN_PERSON = 'A former member';

export class CommentService {
  constructor(private readonly options: CommentServiceOptions) {}

  async list(auth: AuthContext, documentId: string): Promise<ThreadView[]> {
    await this.readable(auth, documentId);
    const threads = await this.options.comments.listThreads(documentId);
    const names = await this.names(threads);
    return threads.map((stored) => present(stored, names));
  }

  /** Starts a thread; `created` is false when this exact thread was stored before (a retry). */
  async createThread(
    auth: AuthContext,
    documentId: string,
    input: CreateThreadBody,
  ): Promise<{ thread: ThreadView; created: boolean }> {
    const userId = signedIn(auth);
    const document = await this.writable(auth, documentId);
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
    if (
      input.suggestionId !== undefined &&
      (await this.options.suggestionDecided?.(documentId, input.suggestionId))
    ) {
      throw new ServiceError(
        'conflict',
        'This suggestion has already been accepted or rejected, so it takes no more replies.',
      );
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
    const { document } = await this.threadForWriting(auth, threadId);
    const existing = await this.options.comments.getComment(input.id);
    if (existing) {
      if (existing.threadId !== threadId || existing.authorId !== userId) {
        throw new ServiceError('conflict', 'A comment with this id exists already.');
      }
      return this.view(await this.thread(threadId));
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
    const { comment, document } = await this.commentForChanging(auth, commentId);
    if (comment.body === body) return this.view(await this.thread(comment.threadId));
    const at = this.options.now().toISOString();
    await this.options.comments.editComment(commentId, body, at);
    return this.changed(auth, document, comment.threadId, 'edited', commentId);
  }

  /** Deleting a deleted comment changes nothing, so a repeated request is harmless. */
  async delete(auth: AuthContext, commentId: string): Promise<ThreadView> {
    const { comment, document } = await this.commentForChanging(auth, commentId, true);
    if (comment.deletedAt !== null) return this.view(await this.thread(comment.threadId));
    const at = this.options.now().toISOString();
    await this.options.comments.deleteComment(commentId, at);
    return this.changed(auth, document, comment.threadId, 'deleted', commentId);
  }

  async resolve(auth: AuthContext, threadId: string): Promise<ThreadView> {
    const userId = signedIn(auth);
    const { stored, document } = await this.threadForWriting(auth, threadId);
    if (stored.thread.resolvedAt !== null) return this.view(stored);
    const at = this.options.now().toISOString();
    await this.options.comments.setResolved(threadId, { at, by: userId });
    return this.changed(auth, document, threadId, 'resolved', threadId);
  }

  async reopen(auth: AuthContext, threadId: string): Promise<ThreadView> {
    const { stored, document } = await this.threadForWriting(auth, threadId);
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
    const document = await this.document(decision.documentId);
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
    const thread = await this.view(await this.thread(stored.thread.id));
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
    const thread = await this.view(await this.thread(threadId));
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
    return present(stored, await this.names([stored]));
  }

  private async names(threads: readonly StoredThread[]): Promise<Map<string, string>> {
    const ids = new Set<string>();
    for (const { thread, comments } of threads) {
      if (thread.resolvedBy) ids.add(thread.resolvedBy);
      for (const comment of comments) ids.add(comment.authorId);
    }
    const names = new Map<string, string>();
    await Promise.all(
      [...ids].map(async (id) => {
        names.set(id, (await this.options.identity.getUser(id))?.name ?? UNKNOWN_PERSON);
      }),
    );
    return names;
  }

  private async document(documentId: string): Promise<DocumentRecord> {
    const document = await this.options.documents.getDocument(documentId);
    if (!document || document.deletedAt !== null) {
      throw new ServiceError('not_found', 'There is no document with this id');
    }
    return document;
  }

  private readable(auth: AuthContext, documentId: string): Promise<DocumentRecord> {
    return this.options.scope.documentFor(auth, documentId, 'document:read', { inBin: 'hidden' });
  }

  /** The document, once we know this person may comment on it. */
  private async writable(auth: AuthContext, documentId: string): Promise<DocumentRecord> {
    const document = await this.readable(auth, documentId);
    const { observersMayComment } = await this.options.settingsOf(document.workspaceId);
    authorize(auth, 'comment:write', { workspaceId: document.workspaceId, observersMayComment });
    return document;
  }

  private async thread(threadId: string): Promise<StoredThread> {
    const stored = await this.options.comments.getThread(threadId);
    if (!stored) throw new ServiceError('not_found', 'There is no comment thread with this id');
    return stored;
  }

  private async threadForWriting(auth: AuthContext, threadId: string) {
    const stored = await this.thread(threadId);
    const document = await this.writable(auth, stored.thread.documentId);
    return { stored, document };
  }

  private async commentForChanging(auth: AuthContext, commentId: string, evenDeleted = false) {
    const comment = await this.options.comments.getComment(commentId);
    if (!comment) throw new ServiceError('not_found', 'There is no comment with this id');
    const { document } = await this.threadForWriting(auth, comment.threadId);
    const { observersMayComment } = await this.options.settingsOf(document.workspaceId);
    authorize(auth, 'comment:change', {
      workspaceId: document.workspaceId,
      observersMayComment,
      authorId: comment.authorId,
    });
    if (comment.deletedAt !== null && !evenDeleted) {
      throw new ServiceError('conflict', 'This comment was deleted, so it cannot be changed.');
    }
    return { comment, document };
  }
}

function newComment(
  id: string,
  threadId: string,
  authorId: string,
  body: string,
  at: string,
): CommentRecord {
  return { id, threadId, authorId, body, createdAt: at, editedAt: null, deletedAt: null };
}

function present({ thread, comments }: StoredThread, names: Map<string, string>): ThreadView {
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
