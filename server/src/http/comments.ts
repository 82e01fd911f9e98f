// REST for comments: a document's threads, starting one, replying, editing and deleting your
// own comments, resolving and reopening. Every answer that changes something is the thread as
// it now is, so the browser can show it without asking again.
import { Router } from 'express';
import { z } from 'zod';
import {
  CreateThreadBody,
  EditCommentBody,
  ReplyBody,
  ThreadList,
  ThreadView,
} from '@roundtable/shared/protocol/comments';
import { ErrorBody } from '@roundtable/shared/protocol/errors';
import { Id } from '@roundtable/shared/protocol/ids';
import type { CommentService } from '../services/comments.ts';
import type { RouteRegistry } from './route.ts';

const ById = z.object({ id: Id });
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

export function commentRoutes(registry: RouteRegistry, comments: CommentService): Router {
  const router = Router();
  registry.add(
    router,
    {
      method: 'get',
      path: '/api/documents/:id/comments',
      tag,
      summary: "A document's comment threads, oldest first, each with its comments",
      params: ById,
      responses: { 200: { description: 'Threads', schema: ThreadList }, 404: missing },
    },
    async ({ auth, params }) => ({ status: 200, body: await comments.list(auth, params.id) }),
  );
  registry.add(
    router,
    {
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
    },
    async ({ auth, params, body }) => {
      const { thread, created } = await comments.createThread(auth, params.id, body);
      return { status: created ? 201 : 200, body: thread };
    },
  );
  registry.add(
    router,
    {
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
    },
    async ({ auth, params, body }) => ({
      status: 201,
      body: await comments.reply(auth, params.id, body),
    }),
  );
  registry.add(
    router,
    {
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
    },
    async ({ auth, params }) => ({ status: 200, body: await comments.resolve(auth, params.id) }),
  );
  registry.add(
    router,
    {
      method: 'post',
      path: '/api/comment-threads/:id/reopen',
      tag,
      summary: 'Open a resolved thread again',
      params: ById,
      responses: { 200: { description: 'Open', schema: ThreadView }, 403: refused, 404: missing },
    },
    async ({ auth, params }) => ({ status: 200, body: await comments.reopen(auth, params.id) }),
  );
  registry.add(
    router,
    {
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
    },
    async ({ auth, params, body }) => ({
      status: 200,
      body: await comments.edit(auth, params.id, body.body),
    }),
  );
  registry.add(
    router,
    {
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
    },
    async ({ auth, params }) => ({ status: 200, body: await comments.delete(auth, params.id) }),
  );
  return router;
}
