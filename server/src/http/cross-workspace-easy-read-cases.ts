// Cross-workspace cases for Easy Read versions and checking them with the group.
import type { RestCase } from './cross-workspace-ids.ts';

export const easyReadCases: Record<string, RestCase[]> = {
  'POST /api/documents/{id}/easy-read': [
    {
      what: 'make an Easy Read version of B’s draft',
      request: (_a, b) => ['POST', `/api/documents/${b.document}/easy-read`],
    },
  ],
  'GET /api/documents/{id}/easy-read': [
    {
      what: 'find B’s Easy Read version',
      request: (_a, b) => ['GET', `/api/documents/${b.document}/easy-read`],
    },
  ],
  'POST /api/documents/{id}/check-rounds': [
    {
      what: 'start a check of B’s Easy Read version',
      request: (_a, b) => ['POST', `/api/documents/${b.easyRead}/check-rounds`],
    },
  ],
  'GET /api/documents/{id}/check-rounds/current': [
    {
      what: 'read the pages of B’s check',
      request: (_a, b) => ['GET', `/api/documents/${b.easyRead}/check-rounds/current`],
    },
  ],
  'PUT /api/check-rounds/{id}/answers': [
    {
      what: 'answer B’s check',
      request: (_a, b) => [
        'PUT',
        `/api/check-rounds/${b.checkRound}/answers`,
        { page: 1, answer: 'understand' },
      ],
    },
  ],
  'GET /api/check-rounds/{id}/results': [
    {
      what: 'read the results of B’s check',
      request: (_a, b) => ['GET', `/api/check-rounds/${b.checkRound}/results`],
    },
  ],
};
