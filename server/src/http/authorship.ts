// REST for who wrote what in a document (the Authors view).
import { Router } from 'express';
import * as routes from '@roundtable/shared/protocol/routes';
import type { AuthorshipService } from '../services/authorship.ts';
import type { RouteRegistry } from './route.ts';

export function authorshipRoutes(registry: RouteRegistry, authorship: AuthorshipService): Router {
  const router = Router();
  registry.add(router, routes.getDocumentAuthors, async ({ auth, params }) => ({
    status: 200,
    body: { authors: await authorship.authors(auth, params.id) },
  }));
  return router;
}
