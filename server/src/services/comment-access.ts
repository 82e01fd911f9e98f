// Finding what a comment request names, and whether this person may do it: read a document's
// comments, write in it (observers only when the workspace lets them), or change a comment
// (your own, or any as a facilitator). A document in the bin takes no comments, and shows its
// comments only to those who may restore it (shared/domain/policy inBinAllows).
import type { WorkspaceSettings } from '@roundtable/shared/protocol/workspaces';
import type { CommentStore, StoredThread } from '../storage/comment-ports.ts';
import type { DocumentRecord, DocumentStore } from '../storage/ports.ts';
import { authorize, type AuthContext } from './auth-context.ts';
import { ServiceError } from './errors.ts';
import type { WorkspaceScope } from './workspace-scope.ts';

export interface CommentAccessOptions {
  comments: CommentStore;
  documents: DocumentStore;
  /** Resolves a document named by its id, and authorizes in its workspace. */
  scope: WorkspaceScope;
  settingsOf: (workspaceId: string) => Promise<WorkspaceSettings>;
}

export class CommentAccess {
  constructor(private readonly options: CommentAccessOptions) {}

  async document(documentId: string): Promise<DocumentRecord> {
    const document = await this.options.documents.getDocument(documentId);
    if (!document || document.deletedAt !== null) {
      throw new ServiceError('not_found', 'There is no document with this id');
    }
    return document;
  }

  readable(auth: AuthContext, documentId: string): Promise<DocumentRecord> {
    return this.options.scope.documentFor(auth, documentId, 'document:read');
  }

  /** The document, once we know this person may comment on it (not while it is in the bin). */
  async writable(auth: AuthContext, documentId: string): Promise<DocumentRecord> {
    const document = await this.options.scope.documentFor(
      auth,
      documentId,
      'document:read',
      'change',
    );
    const { observersMayComment } = await this.options.settingsOf(document.workspaceId);
    authorize(auth, 'comment:write', { workspaceId: document.workspaceId, observersMayComment });
    return document;
  }

  async thread(threadId: string): Promise<StoredThread> {
    const stored = await this.options.comments.getThread(threadId);
    if (!stored) throw new ServiceError('not_found', 'There is no comment thread with this id');
    return stored;
  }

  async threadForWriting(auth: AuthContext, threadId: string) {
    const stored = await this.thread(threadId);
    const document = await this.writable(auth, stored.thread.documentId);
    return { stored, document };
  }

  async commentForChanging(auth: AuthContext, commentId: string, evenDeleted = false) {
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
