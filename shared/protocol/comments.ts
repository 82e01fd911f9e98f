// REST and /collab contract for comments on a document. A thread is anchored to a stretch of
// text by two Yjs relative positions that the browser makes and reads; the server keeps them
// as opaque strings, with the quoted text, so a thread outlives the words it was about.
import { z } from 'zod';
import { Id } from './ids.ts';
import { SuggestionOutcome } from './suggestions.ts';

export const COMMENT_MAX_LENGTH = 2000;
export const QUOTE_MAX_LENGTH = 300;
/** An encoded relative position is a few dozen bytes; this leaves room and stops abuse. */
export const ANCHOR_POSITION_MAX_LENGTH = 512;

export const CommentText = z
  .string()
  .trim()
  .min(1, 'Please write a comment')
  .max(COMMENT_MAX_LENGTH, `A comment can be at most ${COMMENT_MAX_LENGTH} characters`);

const AnchorPosition = z
  .string()
  .min(1)
  .max(ANCHOR_POSITION_MAX_LENGTH)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64');

/** Where a thread points: Yjs relative positions (base64) of the start and end of the text. */
export const CommentAnchor = z.object({ start: AnchorPosition, end: AnchorPosition }).strict();
export type CommentAnchor = z.infer<typeof CommentAnchor>;

export const CommentQuote = z
  .string()
  .min(1, 'Please select some text to comment on')
  .max(QUOTE_MAX_LENGTH, `The quoted text can be at most ${QUOTE_MAX_LENGTH} characters`);

/**
 * The client chooses ids, so sending the same request again after a lost answer is harmless.
 * With `suggestionId` the thread holds the replies on that suggestion's card; a suggestion has
 * one such thread, so starting a second one adds the comment to the first as a reply.
 */
export const CreateThreadBody = z
  .object({
    id: Id,
    commentId: Id,
    anchor: CommentAnchor,
    quote: CommentQuote,
    body: CommentText,
    suggestionId: Id.optional(),
  })
  .strict();
export type CreateThreadBody = z.infer<typeof CreateThreadBody>;

export const ReplyBody = z.object({ id: Id, body: CommentText }).strict();
export type ReplyBody = z.infer<typeof ReplyBody>;

export const EditCommentBody = z.object({ body: CommentText }).strict();
export type EditCommentBody = z.infer<typeof EditCommentBody>;

export const CommentView = z.object({
  id: Id,
  threadId: Id,
  authorId: z.string(),
  authorName: z.string(),
  /** Empty once the comment is deleted. */
  body: z.string(),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  deletedAt: z.string().nullable(),
});
export type CommentView = z.infer<typeof CommentView>;

export const ThreadView = z.object({
  id: Id,
  documentId: Id,
  anchor: CommentAnchor,
  quote: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  resolvedByName: z.string().nullable(),
  /** The suggestion whose card this thread holds the replies of, or null. */
  suggestionId: Id.nullable(),
  /** Set when it was resolved because its suggestion was accepted or rejected. */
  resolvedBecause: SuggestionOutcome.nullable(),
  /** Oldest first; the first one opened the thread. */
  comments: z.array(CommentView),
});
export type ThreadView = z.infer<typeof ThreadView>;

export const ThreadList = z.array(ThreadView);

export const commentChanges = [
  'created',
  'replied',
  'edited',
  'deleted',
  'resolved',
  'reopened',
] as const;
export type CommentChange = (typeof commentChanges)[number];

/**
 * What the server tells everyone with the document open (on /collab, message type 102) when a
 * thread changes. Clients fetch the thread list again; the notice carries enough to announce it.
 */
export const CommentsNotice = z.object({
  documentId: Id,
  threadId: Id,
  change: z.enum(commentChanges),
  actorId: z.string(),
  actorName: z.string(),
  quote: z.string(),
});
export type CommentsNotice = z.infer<typeof CommentsNotice>;
