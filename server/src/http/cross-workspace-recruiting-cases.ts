// Cross-workspace cases for recruiting: B's public page, join requests and mail.
import type { RestCase } from './cross-workspace-ids.ts';

const page = {
  published: true,
  slug: 'taken-from-a',
  text: { whoWeAre: 'A', whatWeDo: 'A', howToJoin: 'A', easyRead: [] },
};

/** Cases for a route about one of B's join requests: through B's workspace, and through A's. */
const aboutRequest = (what: string, method: string, tail: string, body?: unknown): RestCase[] => [
  {
    what: `${what} B’s join request`,
    request: (_a, b) => [
      method,
      `/api/workspaces/${b.workspace}/join-requests/${b.joinRequest}${tail}`,
      body,
    ],
  },
  {
    what: `${what} B’s join request through A`,
    mixed: true,
    request: (a, b) => [
      method,
      `/api/workspaces/${a.workspace}/join-requests/${b.joinRequest}${tail}`,
      body,
    ],
  },
];

export const recruitingCases: Record<string, RestCase[]> = {
  'GET /api/workspaces/{id}/public-page': [
    {
      what: 'read B’s public page settings',
      request: (_a, b) => ['GET', `/api/workspaces/${b.workspace}/public-page`],
    },
  ],
  'PUT /api/workspaces/{id}/public-page': [
    {
      what: 'change B’s public page',
      request: (_a, b) => ['PUT', `/api/workspaces/${b.workspace}/public-page`, page],
    },
  ],
  'GET /api/workspaces/{id}/join-requests': [
    {
      what: 'read B’s join requests',
      request: (_a, b) => ['GET', `/api/workspaces/${b.workspace}/join-requests`],
    },
  ],
  'POST /api/workspaces/{id}/join-requests/{requestId}/answers': aboutRequest(
    'answer',
    'POST',
    '/answers',
    { kind: 'decline', message: 'No.' },
  ),
  'GET /api/workspaces/{id}/join-requests/{requestId}/letter': aboutRequest(
    'read the letter to',
    'GET',
    '/letter',
  ),
  'GET /api/workspaces/{id}/join-requests/{requestId}/data': aboutRequest(
    'download',
    'GET',
    '/data',
  ),
  'DELETE /api/workspaces/{id}/join-requests/{requestId}': aboutRequest('erase', 'DELETE', ''),
  'POST /api/workspaces/{id}/mails/{mailId}/retry': [
    {
      what: 'retry B’s mail',
      request: (_a, b) => ['POST', `/api/workspaces/${b.workspace}/mails/${b.mail}/retry`],
    },
    {
      what: 'retry B’s mail through A',
      mixed: true,
      request: (a, b) => ['POST', `/api/workspaces/${a.workspace}/mails/${b.mail}/retry`],
    },
  ],
};
