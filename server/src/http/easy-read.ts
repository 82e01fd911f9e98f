// REST for Easy Read versions: make one of a draft, see the link both ways, and check it with the
// group page by page.
import { Router } from 'express';
import * as routes from '@roundtable/shared/protocol/routes';
import type { EasyReadCheckService } from '../services/easy-read-checks.ts';
import type { EasyReadService } from '../services/easy-read.ts';
import type { RouteRegistry } from './route.ts';

export function easyReadRoutes(
  registry: RouteRegistry,
  easyRead: EasyReadService,
  checks: EasyReadCheckService,
): Router {
  const router = Router();
  registry.add(router, routes.makeEasyReadVersion, async ({ auth, params }) => ({
    status: 201,
    body: await easyRead.make(auth, params.id),
  }));
  registry.add(router, routes.getEasyReadLinks, async ({ auth, params }) => ({
    status: 200,
    body: await easyRead.links(auth, params.id),
  }));
  registry.add(router, routes.startCheckRound, async ({ auth, params }) => ({
    status: 201,
    body: await checks.start(auth, params.id),
  }));
  registry.add(router, routes.getCurrentCheckRound, async ({ auth, params }) => ({
    status: 200,
    body: { round: await checks.current(auth, params.id) },
  }));
  registry.add(router, routes.answerCheckPage, async ({ auth, params, body }) => ({
    status: 200,
    body: await checks.answer(auth, params.id, body),
  }));
  registry.add(router, routes.getCheckResults, async ({ auth, params }) => ({
    status: 200,
    body: await checks.results(auth, params.id),
  }));
  return router;
}
