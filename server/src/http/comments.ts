// REST for comments: a document's threads, starting one, replying, editing and deleting your
// own comments, resolving and reopening. Every answer that changes something is the thread as
// it now is, so the browser can show it without asking again.
import { Router } from 'express';
import * as routes from '@roundtable/shared/protocol/routes';
import type { CommentService } from '../services/comments.ts';
import type { RouteRegistry } from './route.ts';

export function commentRoutes(registry: RouteRegistry, comments: CommentService): Router {
  const router = Router();
  registry.add(router, routes.listThreads, async ({ auth, params }) => ({
    status: 200,
    body: await comments.list(auth, params.id),
  }));
  registry.add(router, routes.createThread, async ({ auth, params, body }) => {
    const { thread, created } = await comments.createThread(auth, params.id, body);
    return { status: created ? 201 : 200, body: thread };
  });
  registry.add(router, routes.replyInThread, async ({ auth, params, body }) => ({
    status: 201,
    body: await comments.reply(auth, params.id, body),
  }));
  registry.add(router, routes.resolveThread, async ({ auth, params }) => ({
    status: 200,
    body: await comments.resolve(auth, params.id),
  }));
  registry.add(router, routes.reopenThread, async ({ auth, params }) => ({
    status: 200,
    body: await comments.reopen(auth, params.id),
  }));
  registry.add(router, routes.editComment, async ({ auth, params, body }) => ({
    status: 200,
    body: await comments.edit(auth, params.id, body.body),
  }));
  registry.add(router, routes.deleteComment, async ({ auth, params }) => ({
    status: 200,
    body: await comments.delete(auth, params.id),
  }));
  return router;
}
