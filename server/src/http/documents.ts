// REST: /api/documents, including the bin.
import { Router } from 'express';
import * as routes from '@roundtable/shared/protocol/routes';
import type { DocumentService } from '../services/documents.ts';
import type { RouteRegistry } from './route.ts';

export function documentRoutes(registry: RouteRegistry, documents: DocumentService): Router {
  const router = Router();
  registry.add(router, routes.listDocuments, async ({ auth, query }) => ({
    status: 200,
    body: await documents.list(auth, {
      ...(query.workspaceId !== undefined ? { workspaceId: query.workspaceId } : {}),
      inBin: query.bin === '1',
    }),
  }));
  registry.add(router, routes.createDocument, async ({ auth, body }) => ({
    status: 201,
    body: await documents.create(auth, body),
  }));
  registry.add(router, routes.getDocument, async ({ auth, params }) => ({
    status: 200,
    body: await documents.get(auth, params.id),
  }));
  registry.add(router, routes.renameDocument, async ({ auth, params, body }) => ({
    status: 200,
    body: await documents.rename(auth, params.id, body.title),
  }));
  registry.add(router, routes.moveDocumentToBin, async ({ auth, params }) => ({
    status: 200,
    body: await documents.moveToBin(auth, params.id),
  }));
  registry.add(router, routes.restoreDocument, async ({ auth, params }) => ({
    status: 200,
    body: await documents.restore(auth, params.id),
  }));
  return router;
}
