// Routes for comments: a document's threads, starting one, replying, editing and deleting your
// own comments, resolving and reopening. Every answer that changes something is the thread as
// it now is, so the browser can show it without asking again.
import {
  CreateThreadBody,
  EditCommentBody,
  ReplyBody,
  ThreadList,
  ThreadView,
} from '../comments.ts';
import { ErrorBody } from '../errors.ts';
import { ById, route } from './spec.ts';

const tag = 'comments';
const refused = {
  description: 'Not allowed (observers, unless the workspace allows; someone else’s comment)',
  schema: ErrorBody,
};
const missing = { description: 'No such document, thread or comment', schema: ErrorBody };
const conflict = {
  description: 'The id is used by something else, or the comment was deleted',
  schema: ErrorBody,
};

export const listThreads = route({
  method: 'get',
  path: '/api/documents/:id/comments',
  tag,
  summary: "A document's comment threads, oldest first, each with its comments",
  params: ById,
  responses: { 200: { description: 'Threads', schema: ThreadList }, 404: missing },
});

export const createThread = route({
  method: 'post',
  path: '/api/documents/:id/comments',
  tag,
  summary:
    'Start a comment thread on some text. The client chooses the ids: sending it again answers 200 with the same thread.',
  params: ById,
  body: CreateThreadBody,
  responses: {
    201: { description: 'Started', schema: ThreadView },
    200: { description: 'Started before (a repeated request)', schema: ThreadView },
    400: { description: 'Invalid body', schema: ErrorBody },
    403: refused,
    404: missing,
    409: conflict,
  },
});

export const replyInThread = route({
  method: 'post',
  path: '/api/comment-threads/:id/replies',
  tag,
  summary: 'Reply in a thread (the client chooses the id, so a repeat changes nothing)',
  params: ById,
  body: ReplyBody,
  responses: {
    201: { description: 'The thread with the reply', schema: ThreadView },
    400: { description: 'Invalid body', schema: ErrorBody },
    403: refused,
    404: missing,
    409: conflict,
  },
});

export const resolveThread = route({
  method: 'post',
  path: '/api/comment-threads/:id/resolve',
  tag,
  summary: 'Mark a thread resolved',
  params: ById,
  responses: {
    200: { description: 'Resolved', schema: ThreadView },
    403: refused,
    404: missing,
  },
});

export const reopenThread = route({
  method: 'post',
  path: '/api/comment-threads/:id/reopen',
  tag,
  summary: 'Open a resolved thread again',
  params: ById,
  responses: { 200: { description: 'Open', schema: ThreadView }, 403: refused, 404: missing },
});

export const editComment = route({
  method: 'patch',
  path: '/api/comments/:id',
  tag,
  summary: 'Change the words of your own comment',
  params: ById,
  body: EditCommentBody,
  responses: {
    200: { description: 'The thread with the changed comment', schema: ThreadView },
    400: { description: 'Invalid body', schema: ErrorBody },
    403: refused,
    404: missing,
    409: conflict,
  },
});

export const deleteComment = route({
  method: 'delete',
  path: '/api/comments/:id',
  tag,
  summary: 'Delete your own comment (the thread keeps a "comment deleted" line)',
  params: ById,
  responses: {
    200: { description: 'The thread without the comment', schema: ThreadView },
    403: refused,
    404: missing,
    409: conflict,
  },
});
