// Routes for versions. The content of a version (and of the current draft) is served as an
// encoded Yjs update, so the browser shows it with the editor's own schema.
import { z } from 'zod';
import { ExportQuery, SaveVersionBody, VersionSummary } from '../documents.ts';
import { ErrorBody } from '../errors.ts';
import { ById, route } from './spec.ts';

const frozen = { description: 'The version was agreed and is frozen', schema: ErrorBody };

export const exportDocument = route({
  method: 'get',
  path: '/api/documents/:id/export',
  tag: 'versions',
  summary: 'Export the current draft or a version as DOCX, PDF, HTML or Markdown',
  params: ById,
  query: ExportQuery,
  responses: {
    200: {
      description:
        'The file. An Easy Read export also says how many A4 pages it takes, in the ' +
        'Roundtable-Page-Count header, and how that was counted in Roundtable-Page-Count-Basis: ' +
        '"pdf" (the PDF\'s own pages) or "estimate" (the same layout, for Word or a web page)',
    },
    404: { description: 'No such document or version', schema: ErrorBody },
    413: { description: 'The document is too large to export', schema: ErrorBody },
    429: {
      description:
        'You already have as many exports being made as one person may (EXPORT_PER_PERSON); with Retry-After',
      schema: ErrorBody,
    },
    503: {
      description:
        'Every export thread is busy (with Retry-After), or the export took too long and was stopped',
      schema: ErrorBody,
    },
  },
});

export const listVersions = route({
  method: 'get',
  path: '/api/documents/:id/versions',
  tag: 'versions',
  summary: "A document's versions, newest first",
  params: ById,
  responses: { 200: { description: 'Versions', schema: z.array(VersionSummary) } },
});

export const saveVersion = route({
  method: 'post',
  path: '/api/documents/:id/versions',
  tag: 'versions',
  summary: 'Save the current draft as a named version',
  params: ById,
  body: SaveVersionBody,
  responses: { 201: { description: 'Saved', schema: VersionSummary } },
});

export const getDraftContent = route({
  method: 'get',
  path: '/api/documents/:id/content',
  tag: 'versions',
  summary: 'The current draft as an encoded Yjs update (application/octet-stream)',
  params: ById,
  responses: { 200: { description: 'Yjs update' } },
});

export const getVersion = route({
  method: 'get',
  path: '/api/versions/:id',
  tag: 'versions',
  summary: 'A version',
  params: ById,
  responses: { 200: { description: 'The version', schema: VersionSummary } },
});

export const getVersionContent = route({
  method: 'get',
  path: '/api/versions/:id/content',
  tag: 'versions',
  summary: "A version's content as an encoded Yjs update (application/octet-stream)",
  params: ById,
  responses: { 200: { description: 'Yjs update' } },
});

export const renameVersion = route({
  method: 'patch',
  path: '/api/versions/:id',
  tag: 'versions',
  summary: 'Rename a version (not an agreed one)',
  params: ById,
  body: SaveVersionBody,
  responses: { 200: { description: 'Renamed', schema: VersionSummary }, 409: frozen },
});

export const deleteVersion = route({
  method: 'delete',
  path: '/api/versions/:id',
  tag: 'versions',
  summary: 'Delete a version (facilitators; not an agreed one)',
  params: ById,
  responses: { 204: { description: 'Deleted' }, 409: frozen },
});

export const restoreVersion = route({
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
});
