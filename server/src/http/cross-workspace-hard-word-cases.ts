// Cross-workspace cases for a workspace's hard words.
import type { RestCase } from './cross-workspace-ids.ts';

const change = { explanation: 'changed from another workspace' };

export const hardWordCases: Record<string, RestCase[]> = {
  'GET /api/workspaces/{id}/hard-words': [
    {
      what: 'read B’s hard words',
      request: (_a, b) => ['GET', `/api/workspaces/${b.workspace}/hard-words`],
    },
  ],
  'POST /api/workspaces/{id}/hard-words': [
    {
      what: 'add a hard word to B',
      request: (_a, b) => [
        'POST',
        `/api/workspaces/${b.workspace}/hard-words`,
        { word: 'tribunal', explanation: 'a kind of court' },
      ],
    },
  ],
  'PATCH /api/workspaces/{id}/hard-words/{wordId}': [
    {
      what: 'change B’s hard word',
      request: (_a, b) => [
        'PATCH',
        `/api/workspaces/${b.workspace}/hard-words/${b.hardWord}`,
        change,
      ],
    },
    {
      what: 'change B’s hard word through A',
      mixed: true,
      request: (a, b) => [
        'PATCH',
        `/api/workspaces/${a.workspace}/hard-words/${b.hardWord}`,
        change,
      ],
    },
  ],
  'DELETE /api/workspaces/{id}/hard-words/{wordId}': [
    {
      what: 'remove B’s hard word',
      request: (_a, b) => ['DELETE', `/api/workspaces/${b.workspace}/hard-words/${b.hardWord}`],
    },
    {
      what: 'remove B’s hard word through A',
      mixed: true,
      request: (a, b) => ['DELETE', `/api/workspaces/${a.workspace}/hard-words/${b.hardWord}`],
    },
  ],
};
