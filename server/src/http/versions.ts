// REST for versions. The content of a version (and of the current draft) is served as an
// encoded Yjs update, so the browser shows it with the editor's own schema.
import { Router } from 'express';
import { z } from 'zod';
import {
  ExportQuery,
  SaveVersionBody,
  VersionSummary,
} from '@roundtable/shared/protocol/documents';
import { ExportBusyError, type ExportService } from '../services/exports.ts';
import { ErrorBody } from '@roundtable/shared/protocol/errors';
import { Id } from '@roundtable/shared/protocol/ids';
import type { VersionService } from '../services/versions.ts';
import type { RouteRegistry } from './route.ts';

const ById = z.object({ id: Id });
const frozen = { description: 'The version was agreed and is frozen', schema: ErrorBody };

export function versionRoutes(
  registry: RouteRegistry,
  versions: VersionService,
  exports: ExportService,
): Router {
  const router = Router();
  registry.add(
    router,
    {
      method: 'get',
      path: '/api/documents/:id/export',
      tag: 'versions',
      summary: 'Export the current draft or a version as DOCX, PDF, HTML or Markdown',
      params: ById,
      query: ExportQuery,
      responses: {
        200: { description: 'The file' },
        404: { description: 'No such document or version', schema: ErrorBody },
        413: { description: 'The document is too large to export', schema: ErrorBody },
        503: {
          description:
            'Every export thread is busy (with Retry-After), or the export took too long and was stopped',
          schema: ErrorBody,
        },
      },
    },
    async ({ auth, params, query, response }) => {
      const file = await exports
        .export(auth, {
          documentId: params.id,
          format: query.format,
          versionId: query.version,
          easyRead: query.easyRead === '1',
          record: query.record === '1',
        })
        .catch((error: unknown) => {
          if (error instanceof ExportBusyError) {
            response.setHeader('Retry-After', String(error.retryAfterSeconds));
          }
          throw error;
        });
      response
        .type(file.contentType)
        .setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`)
        .send(file.body);
      return { status: 200, sent: true };
    },
  );
  registry.add(
    router,
    {
      method: 'get',
      path: '/api/documents/:id/versions',
      tag: 'versions',
      summary: "A document's versions, newest first",
      params: ById,
      responses: { 200: { description: 'Versions', schema: z.array(VersionSummary) } },
    },
    async ({ auth, params }) => ({ status: 200, body: await versions.list(auth, params.id) }),
  );
  registry.add(
    router,
    {
      method: 'post',
      path: '/api/documents/:id/versions',
      tag: 'versions',
      summary: 'Save the current draft as a named version',
      params: ById,
      body: SaveVersionBody,
      responses: { 201: { description: 'Saved', schema: VersionSummary } },
    },
    async ({ auth, params, body }) => ({
      status: 201,
      body: await versions.save(auth, params.id, body.name),
    }),
  );
  registry.add(
    router,
    {
      method: 'get',
      path: '/api/documents/:id/content',
      tag: 'versions',
      summary: 'The current draft as an encoded Yjs update (application/octet-stream)',
      params: ById,
      responses: { 200: { description: 'Yjs update' } },
    },
    async ({ auth, params, response }) => {
      response
        .type('application/octet-stream')
        .send(Buffer.from(await versions.current(auth, params.id)));
      return { status: 200, sent: true };
    },
  );
  registry.add(
    router,
    {
      method: 'get',
      path: '/api/versions/:id',
      tag: 'versions',
      summary: 'A version',
      params: ById,
      responses: { 200: { description: 'The version', schema: VersionSummary } },
    },
    async ({ auth, params }) => ({
      status: 200,
      body: (await versions.get(auth, params.id)).version,
    }),
  );
  registry.add(
    router,
    {
      method: 'get',
      path: '/api/versions/:id/content',
      tag: 'versions',
      summary: "A version's content as an encoded Yjs update (application/octet-stream)",
      params: ById,
      responses: { 200: { description: 'Yjs update' } },
    },
    async ({ auth, params, response }) => {
      response
        .type('application/octet-stream')
        .send(Buffer.from((await versions.get(auth, params.id)).state));
      return { status: 200, sent: true };
    },
  );
  registry.add(
    router,
    {
      method: 'patch',
      path: '/api/versions/:id',
      tag: 'versions',
      summary: 'Rename a version (not an agreed one)',
      params: ById,
      body: SaveVersionBody,
      responses: { 200: { description: 'Renamed', schema: VersionSummary }, 409: frozen },
    },
    async ({ auth, params, body }) => ({
      status: 200,
      body: await versions.rename(auth, params.id, body.name),
    }),
  );
  registry.add(
    router,
    {
      method: 'delete',
      path: '/api/versions/:id',
      tag: 'versions',
      summary: 'Delete a version (facilitators; not an agreed one)',
      params: ById,
      responses: { 204: { description: 'Deleted' }, 409: frozen },
    },
    async ({ auth, params }) => {
      await versions.delete(auth, params.id);
      return { status: 204 };
    },
  );
  registry.add(
    router,
    {
      method: 'post',
      path: '/api/versions/:id/restore',
      tag: 'versions',
      summary:
        'Make this version the current draft, as a new change (the draft before is kept as a version)',
      params: ById,
      responses: {
        200: {
          description: 'Restored; the body is the version that keeps the draft as it was',
          schema: VersionSummary,
        },
      },
    },
    async ({ auth, params }) => ({ status: 200, body: await versions.restore(auth, params.id) }),
  );
  return router;
}
