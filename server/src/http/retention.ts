// REST for administrators about retention: the people who have not signed in for a while.
import { Router } from 'express';
import * as routes from '@roundtable/shared/protocol/routes';
import type { RetentionService } from '../services/retention.ts';
import type { RouteRegistry } from './route.ts';

export function retentionRoutes(registry: RouteRegistry, retention: RetentionService): Router {
  const router = Router();
  registry.add(router, routes.listInactivePeople, async ({ auth }) => ({
    status: 200,
    body: await retention.inactivePeople(auth),
  }));
  return router;
}
