// Cross-workspace cases for documents and what is made of them: the bin, export, versions,
// authorship, proposals to agree a version, and pictures.
import type { RestCase } from './cross-workspace-ids.ts';

export const documentCases: Record<string, RestCase[]> = {
  'GET /api/documents': [
    {
      what: 'list B’s documents',
      request: (_a, b) => ['GET', `/api/documents?workspaceId=${b.workspace}`],
    },
  ],
  'POST /api/documents': [
    {
      what: 'create a document in B',
      request: (_a, b) => ['POST', '/api/documents', { workspaceId: b.workspace, title: 'Mine' }],
    },
  ],
  'GET /api/documents/{id}': [
    { what: 'read B’s document', request: (_a, b) => ['GET', `/api/documents/${b.document}`] },
  ],
  'PATCH /api/documents/{id}': [
    {
      what: 'rename B’s document',
      request: (_a, b) => ['PATCH', `/api/documents/${b.document}`, { title: 'Taken' }],
    },
  ],
  'DELETE /api/documents/{id}': [
    { what: 'bin B’s document', request: (_a, b) => ['DELETE', `/api/documents/${b.document}`] },
  ],
  'POST /api/documents/{id}/restore': [
    {
      what: 'restore B’s document from the bin',
      request: (_a, b) => ['POST', `/api/documents/${b.document}/restore`],
    },
  ],
};

export const versionCases: Record<string, RestCase[]> = {
  'GET /api/documents/{id}/export': [
    {
      what: 'export B’s document',
      request: (_a, b) => ['GET', `/api/documents/${b.document}/export?format=md`],
    },
    {
      what: 'export B’s version as A’s document',
      mixed: true,
      request: (a, b) => [
        'GET',
        `/api/documents/${a.document}/export?format=md&version=${b.version}`,
      ],
    },
  ],
  'GET /api/documents/{id}/versions': [
    {
      what: 'list B’s versions',
      request: (_a, b) => ['GET', `/api/documents/${b.document}/versions`],
    },
  ],
  'POST /api/documents/{id}/versions': [
    {
      what: 'save a version in B',
      request: (_a, b) => ['POST', `/api/documents/${b.document}/versions`, { name: 'Mine' }],
    },
  ],
  'GET /api/documents/{id}/content': [
    { what: 'read B’s draft', request: (_a, b) => ['GET', `/api/documents/${b.document}/content`] },
  ],
  'GET /api/versions/{id}': [
    { what: 'read B’s version', request: (_a, b) => ['GET', `/api/versions/${b.version}`] },
  ],
  'PATCH /api/versions/{id}': [
    {
      what: 'rename B’s version',
      request: (_a, b) => ['PATCH', `/api/versions/${b.version}`, { name: 'Taken' }],
    },
  ],
  'DELETE /api/versions/{id}': [
    { what: 'delete B’s version', request: (_a, b) => ['DELETE', `/api/versions/${b.version}`] },
  ],
  'GET /api/versions/{id}/content': [
    {
      what: 'read B’s version content',
      request: (_a, b) => ['GET', `/api/versions/${b.version}/content`],
    },
  ],
  'POST /api/versions/{id}/restore': [
    {
      what: 'restore B’s version',
      request: (_a, b) => ['POST', `/api/versions/${b.version}/restore`],
    },
  ],
  'GET /api/documents/{id}/authors': [
    {
      what: 'read B’s authors',
      request: (_a, b) => ['GET', `/api/documents/${b.document}/authors`],
    },
  ],
  'POST /api/versions/{id}/proposals': [
    {
      what: 'propose B’s version',
      request: (_a, b) => [
        'POST',
        `/api/versions/${b.version}/proposals`,
        { closesAt: '2099-01-01T10:00:00Z' },
      ],
    },
  ],
  'GET /api/documents/{id}/proposals': [
    {
      what: 'list B’s proposals',
      request: (_a, b) => ['GET', `/api/documents/${b.document}/proposals`],
    },
  ],
  'GET /api/proposals/{id}': [
    { what: 'read B’s proposal', request: (_a, b) => ['GET', `/api/proposals/${b.proposal}`] },
  ],
  'PUT /api/proposals/{id}/response': [
    {
      what: 'respond to B’s proposal',
      request: (_a, b) => ['PUT', `/api/proposals/${b.proposal}/response`, { kind: 'agree' }],
    },
  ],
  'POST /api/proposals/{id}/withdraw': [
    {
      what: 'withdraw B’s proposal',
      request: (_a, b) => ['POST', `/api/proposals/${b.proposal}/withdraw`],
    },
  ],
};

export const pictureCases: Record<string, RestCase[]> = {
  'POST /api/documents/{id}/pictures': [
    {
      what: 'upload a picture to B',
      request: (_a, b) => ['POST', `/api/documents/${b.document}/pictures?name=mine.png`, {}],
    },
  ],
  'GET /api/documents/{id}/pictures/{pictureId}': [
    {
      what: 'see B’s picture',
      request: (_a, b) => ['GET', `/api/documents/${b.document}/pictures/${b.picture}`],
    },
    {
      what: 'see B’s picture as one of A’s document',
      mixed: true,
      request: (a, b) => ['GET', `/api/documents/${a.document}/pictures/${b.picture}`],
    },
  ],
};
