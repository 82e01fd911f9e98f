// REST for recruiting (issue 14): the public page and its join form (anyone, the form with its
// own budget per address), and, for facilitators, the page's settings, the join requests, the
// letter, one request's data as a file, erasing one, and "Try again now" for a waiting mail.
import { Router } from 'express';
import * as routes from '@roundtable/shared/protocol/routes';
import type { RequestLimits } from '../limits/request-limits.ts';
import type { DurableOutbox } from '../services/durable-outbox.ts';
import type { JoinRequestService } from '../services/join-requests.ts';
import type { PublicPageService } from '../services/public-pages.ts';
import { linkOrigin } from './access.ts';
import { limitPublicForm } from './auth.ts';
import type { PublicAnswerCache } from './public-answer-cache.ts';
import type { RouteRegistry } from './route.ts';

export function recruitingRoutes(options: {
  registry: RouteRegistry;
  pages: PublicPageService;
  joinRequests: JoinRequestService;
  outbox: DurableOutbox;
  limits: RequestLimits;
  publicUrl: string | undefined;
  publicAnswers: PublicAnswerCache;
}): Router {
  const { registry, pages, joinRequests, outbox, publicAnswers } = options;
  const router = Router();
  registry.add(router, routes.getPublicPage, ({ params }) =>
    publicAnswers.answer(`page ${params.slug.toLowerCase()}`, () => pages.read(params.slug)),
  );
  router.use(routes.sendJoinRequest.path, limitPublicForm(options.limits, 'join'));
  registry.add(router, routes.sendJoinRequest, async ({ params, body }) => {
    const { workspaceName } = await joinRequests.receive(params.slug, body);
    return { status: 201, body: { received: true, workspaceName } };
  });
  registry.add(router, routes.getPublicPageSettings, async ({ auth, params }) => ({
    status: 200,
    body: await pages.settings(auth, params.id),
  }));
  registry.add(router, routes.savePublicPage, async ({ auth, params, body }) => ({
    status: 200,
    body: await pages.save(auth, params.id, body),
  }));
  registry.add(router, routes.listJoinRequests, async ({ auth, params }) => ({
    status: 200,
    body: await joinRequests.list(auth, params.id),
  }));
  registry.add(router, routes.answerJoinRequest, async ({ auth, params, body, request }) => ({
    status: 200,
    body: await joinRequests.answer(
      auth,
      params.id,
      params.requestId,
      body,
      linkOrigin(request, options.publicUrl),
    ),
  }));
  registry.add(router, routes.getJoinLetter, async ({ auth, params }) => ({
    status: 200,
    body: await joinRequests.letter(auth, params.id, params.requestId),
  }));
  registry.add(router, routes.downloadJoinRequest, async ({ auth, params, response }) => {
    const data = await joinRequests.download(auth, params.id, params.requestId);
    response.attachment(`join-request-${params.requestId}.json`);
    return { status: 200, body: data };
  });
  registry.add(router, routes.eraseJoinRequest, async ({ auth, params }) => {
    await joinRequests.erase(auth, params.id, params.requestId);
    return { status: 204 };
  });
  registry.add(router, routes.retryMail, async ({ auth, params }) => {
    await outbox.retryNow(auth, params.id, params.mailId);
    return { status: 204 };
  });
  return router;
}
