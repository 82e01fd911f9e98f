// REST for the public notices: read by anyone, changed or reset by an administrator.
import { Router } from 'express';
import * as routes from '@roundtable/shared/protocol/routes';
import type { NoticeService } from '../services/notices.ts';
import type { RouteRegistry } from './route.ts';

export function noticeRoutes(registry: RouteRegistry, notices: NoticeService): Router {
  const router = Router();
  registry.add(router, routes.getNotice, async ({ params }) => ({
    status: 200,
    body: await notices.read(params.kind),
  }));
  registry.add(router, routes.saveNotice, async ({ auth, params, body }) => ({
    status: 200,
    body: await notices.save(auth, params.kind, body.text),
  }));
  registry.add(router, routes.resetNotice, async ({ auth, params }) => ({
    status: 200,
    body: await notices.reset(auth, params.kind),
  }));
  return router;
}
