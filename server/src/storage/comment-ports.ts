// The storage port for comments: threads anchored to a document's text, each with its comments
// oldest first. Comments are deleted softly (the body is cleared, the record stays) so a thread
// keeps its shape and can say "comment deleted".

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
  resolvedBy: string | null;
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
  /** Stores a thread and its first comment together; false (and nothing stored) if the id is taken. */
  createThread(thread: CommentThreadRecord, first: CommentRecord): Promise<boolean>;
  getThread(id: string): Promise<StoredThread | undefined>;
  /** A document's threads, oldest first. */
  listThreads(documentId: string): Promise<StoredThread[]>;
  /** Adds a reply; false if a comment with this id exists already. */
  addComment(comment: CommentRecord): Promise<boolean>;
  getComment(id: string): Promise<CommentRecord | undefined>;
  /** Changes the body; false when the comment is missing or deleted. */
  editComment(id: string, body: string, editedAt: string): Promise<boolean>;
  /** Clears the body and marks it deleted; false when missing or deleted already. */
  deleteComment(id: string, deletedAt: string): Promise<boolean>;
  /** Marks a thread resolved (by whom, when) or open again (null); false when missing. */
  setResolved(threadId: string, resolved: { at: string; by: string } | null): Promise<boolean>;
  /** Deletes every comment a person wrote (a data-protection erasure); the count deleted. */
  eraseAuthor(authorId: string, deletedAt: string): Promise<number>;
}
