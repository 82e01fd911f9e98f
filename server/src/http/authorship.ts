// REST for who wrote what in a document (the Authors view).
import { Router } from 'express';
import { z } from 'zod';
import { DocumentAuthors } from '@roundtable/shared/protocol/authorship';
import { ErrorBody } from '@roundtable/shared/protocol/errors';
import { Id } from '@roundtable/shared/protocol/ids';
import type { AuthorshipService } from '../services/authorship.ts';
import type { RouteRegistry } from './route.ts';

export function authorshipRoutes(registry: RouteRegistry, authorship: AuthorshipService): Router {
  const router = Router();
  registry.add(
    router,
    {
      method: 'get',
      path: '/api/documents/:id/authors',
      tag: 'documents',
      summary: 'The people who wrote in a document, with the Yjs client ids of their writing',
      params: z.object({ id: Id }),
      responses: {
        200: { description: 'Authors', schema: DocumentAuthors },
        404: { description: 'No such document', schema: ErrorBody },
      },
    },
    async ({ auth, params }) => ({
      status: 200,
      body: { authors: await authorship.authors(auth, params.id) },
    }),
  );
  return router;
}
