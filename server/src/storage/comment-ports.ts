// The storage port for comments: threads anchored to a document's text, each with its comments
// oldest first. Comments are deleted softly (the body is cleared, the record stays) so a thread
// keeps its shape and can say "comment deleted". A thread may be linked to a suggestion: it
// holds the replies on that suggestion's card (at most one such thread per suggestion).
import type { SuggestionOutcome } from '@roundtable/shared/protocol/suggestions';

export interface CommentThreadRecord {
  id: string;
  documentId: string;
  /** Encoded Yjs relative positions (base64), opaque to the server. */
  anchorStart: string;
  anchorEnd: string;
  quote: string;
  createdBy: string;
  createdAt: string;
  resolvedAt: string | null;
  /** Who resolved it; null when nobody did, or when a meeting poll's decision did. */
  resolvedBy: string | null;
  /** The suggestion this thread is the conversation on (its replies), or null. */
  suggestionId: string | null;
  /** Set when the thread was resolved because its suggestion was accepted or rejected. */
  resolvedBecause: SuggestionOutcome | null;
}

export interface Resolution {
  at: string;
  by: string | null;
  because?: SuggestionOutcome | null;
}

export interface CommentRecord {
  id: string;
  threadId: string;
  authorId: string;
  body: string;
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
}

export interface StoredThread {
  thread: CommentThreadRecord;
  comments: CommentRecord[];
}

export interface CommentStore {
  /**
   * Stores a thread and its first comment together; false (and nothing stored) if the id is
   * taken, or if the thread is linked to a suggestion that has a thread already.
   */
  createThread(thread: CommentThreadRecord, first: CommentRecord): Promise<boolean>;
  getThread(id: string): Promise<StoredThread | undefined>;
  /** The thread holding the replies on a suggestion, if it has one. */
  findSuggestionThread(documentId: string, suggestionId: string): Promise<StoredThread | undefined>;
  /** A document's threads, oldest first. */
  listThreads(documentId: string): Promise<StoredThread[]>;
  /** Adds a reply; false if a comment with this id exists already. */
  addComment(comment: CommentRecord): Promise<boolean>;
  getComment(id: string): Promise<CommentRecord | undefined>;
  /** Changes the body; false when the comment is missing or deleted. */
  editComment(id: string, body: string, editedAt: string): Promise<boolean>;
  /** Clears the body and marks it deleted; false when missing or deleted already. */
  deleteComment(id: string, deletedAt: string): Promise<boolean>;
  /** Marks a thread resolved (by whom, when, why) or open again (null); false when missing. */
  setResolved(threadId: string, resolved: Resolution | null): Promise<boolean>;
  /** Deletes every comment a person wrote (a data-protection erasure); the count deleted. */
  eraseAuthor(authorId: string, deletedAt: string): Promise<number>;
}
