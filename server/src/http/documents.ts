// REST: /api/documents, including the bin.
import { Router } from 'express';
import { z } from 'zod';
import {
  CreateDocumentBody,
  DocumentList,
  DocumentSummary,
  ListDocumentsQuery,
  UpdateDocumentBody,
} from '@roundtable/shared/protocol/documents';
import { ErrorBody } from '@roundtable/shared/protocol/errors';
import { Id } from '@roundtable/shared/protocol/ids';
import type { DocumentService } from '../services/documents.ts';
import type { RouteRegistry } from './route.ts';

const ById = z.object({ id: Id });
const notFound = { description: 'No such document', schema: ErrorBody };

export function documentRoutes(registry: RouteRegistry, documents: DocumentService): Router {
  const router = Router();
  registry.add(
    router,
    {
      method: 'get',
      path: '/api/documents',
      tag: 'documents',
      summary: 'List documents (bin=1: the documents in the bin)',
      query: ListDocumentsQuery,
      responses: {
        200: { description: 'The documents', schema: DocumentList },
        404: { description: 'No such workspace', schema: ErrorBody },
      },
    },
    async ({ auth, query }) => ({
      status: 200,
      body: await documents.list(auth, {
        ...(query.workspaceId !== undefined ? { workspaceId: query.workspaceId } : {}),
        inBin: query.bin === '1',
      }),
    }),
  );
  registry.add(
    router,
    {
      method: 'post',
      path: '/api/documents',
      tag: 'documents',
      summary: 'Create a document in a workspace',
      body: CreateDocumentBody,
      responses: {
        201: { description: 'Created', schema: DocumentSummary },
        400: { description: 'Invalid body', schema: ErrorBody },
        404: { description: 'No such workspace', schema: ErrorBody },
      },
    },
    async ({ auth, body }) => ({ status: 201, body: await documents.create(auth, body) }),
  );
  registry.add(
    router,
    {
      method: 'get',
      path: '/api/documents/:id',
      tag: 'documents',
      summary: 'Get a document',
      params: ById,
      responses: { 200: { description: 'The document', schema: DocumentSummary }, 404: notFound },
    },
    async ({ auth, params }) => ({ status: 200, body: await documents.get(auth, params.id) }),
  );
  registry.add(
    router,
    {
      method: 'patch',
      path: '/api/documents/:id',
      tag: 'documents',
      summary: 'Rename a document',
      params: ById,
      body: UpdateDocumentBody,
      responses: {
        200: { description: 'Renamed', schema: DocumentSummary },
        400: { description: 'Invalid body', schema: ErrorBody },
        404: notFound,
        409: { description: 'The document is in the bin', schema: ErrorBody },
      },
    },
    async ({ auth, params, body }) => ({
      status: 200,
      body: await documents.rename(auth, params.id, body.title),
    }),
  );
  registry.add(
    router,
    {
      method: 'delete',
      path: '/api/documents/:id',
      tag: 'documents',
      summary: 'Move a document to the bin (restorable for 30 days)',
      params: ById,
      responses: { 200: { description: 'In the bin', schema: DocumentSummary }, 404: notFound },
    },
    async ({ auth, params }) => ({ status: 200, body: await documents.moveToBin(auth, params.id) }),
  );
  registry.add(
    router,
    {
      method: 'post',
      path: '/api/documents/:id/restore',
      tag: 'documents',
      summary: 'Restore a document from the bin',
      params: ById,
      responses: { 200: { description: 'Restored', schema: DocumentSummary }, 404: notFound },
    },
    async ({ auth, params }) => ({ status: 200, body: await documents.restore(auth, params.id) }),
  );
  return router;
}
