// Cross-workspace cases for public consultations: what only the workspace's own people may do
// with a consultation. The public routes are open to anyone by design (reading a published
// consultation, commenting, answering, a workspace's open consultations), so they have no case
// here; what the public may and may not do there is tested in consultations.test.ts.
import type { RestCase } from './cross-workspace-ids.ts';

/** Operations anyone may use with any consultation's or workspace's id. */
export const publicOperations: ReadonlySet<string> = new Set([
  'GET /api/workspaces/{id}/open-consultations',
  'GET /api/public/consultations/{id}',
  'POST /api/public/consultations/{id}/comments',
  'GET /api/public/consultations/{id}/questions',
  'POST /api/public/consultations/{id}/questions/{questionId}/answers',
  'GET /api/public/consultations/{id}/report',
]);

const inB = (what: string, request: RestCase['request']): RestCase[] => [{ what, request }];

export const consultationCases: Record<string, RestCase[]> = {
  'POST /api/workspaces/{id}/consultations': [
    {
      what: 'publish B’s version in B',
      request: (_a, b) => [
        'POST',
        `/api/workspaces/${b.workspace}/consultations`,
        { versionId: b.version, introduction: 'Hello', closesAt: '2099-01-01T10:00:00Z' },
      ],
    },
    {
      what: 'publish B’s version in A',
      mixed: true,
      request: (a, b) => [
        'POST',
        `/api/workspaces/${a.workspace}/consultations`,
        { versionId: b.version, introduction: 'Hello', closesAt: '2099-01-01T10:00:00Z' },
      ],
    },
  ],
  'GET /api/workspaces/{id}/consultations': inB('list B’s consultations', (_a, b) => [
    'GET',
    `/api/workspaces/${b.workspace}/consultations`,
  ]),
  'GET /api/consultations/{id}': inB('read B’s consultation and its queue', (_a, b) => [
    'GET',
    `/api/consultations/${b.consultation}`,
  ]),
  'POST /api/consultations/{id}/close': inB('close B’s consultation', (_a, b) => [
    'POST',
    `/api/consultations/${b.consultation}/close`,
  ]),
  'POST /api/consultations/{id}/comments/{commentId}/moderation': [
    {
      what: 'approve a comment on B’s consultation',
      request: (_a, b) => [
        'POST',
        `/api/consultations/${b.consultation}/comments/${b.consultationComment}/moderation`,
        { decision: 'approve' },
      ],
    },
    {
      what: 'approve a comment on B’s consultation through A’s',
      mixed: true,
      request: (a, b) => [
        'POST',
        `/api/consultations/${a.consultation}/comments/${b.consultationComment}/moderation`,
        { decision: 'approve' },
      ],
    },
  ],
  'PUT /api/consultations/{id}/comments/{commentId}/outcome': inB(
    'mark what a comment on B’s consultation led to',
    (_a, b) => [
      'PUT',
      `/api/consultations/${b.consultation}/comments/${b.consultationComment}/outcome`,
      { outcome: 'covered' },
    ],
  ),
  'POST /api/consultations/{id}/comments/{commentId}/erasure': [
    {
      what: 'erase a commenter’s details on B’s consultation',
      request: (_a, b) => [
        'POST',
        `/api/consultations/${b.consultation}/comments/${b.consultationComment}/erasure`,
        { removeWords: true },
      ],
    },
    {
      what: 'erase a commenter’s details on B’s consultation through A’s',
      mixed: true,
      request: (a, b) => [
        'POST',
        `/api/consultations/${a.consultation}/comments/${b.consultationComment}/erasure`,
        { removeWords: true },
      ],
    },
  ],
  'POST /api/consultations/{id}/questions': inB('ask a question on B’s consultation', (_a, b) => [
    'POST',
    `/api/consultations/${b.consultation}/questions`,
    { kind: 'agree', paragraph: 0, prompt: 'Agree?' },
  ]),
  'GET /api/consultations/{id}/questions': inB('read the reasons on B’s consultation', (_a, b) => [
    'GET',
    `/api/consultations/${b.consultation}/questions`,
  ]),
  'POST /api/consultations/{id}/questions/{questionId}/answers/{answerId}/reason-erasure': [
    {
      what: 'remove a reason given on B’s consultation',
      request: (_a, b) => [
        'POST',
        `/api/consultations/${b.consultation}/questions/${b.consultationQuestion}/answers/${b.consultationAnswer}/reason-erasure`,
      ],
    },
    {
      what: 'remove a reason given on B’s consultation through A’s',
      mixed: true,
      request: (a, b) => [
        'POST',
        `/api/consultations/${a.consultation}/questions/${b.consultationQuestion}/answers/${b.consultationAnswer}/reason-erasure`,
      ],
    },
    {
      what: 'remove a reason given on B’s question through A’s question',
      mixed: true,
      request: (a, b) => [
        'POST',
        `/api/consultations/${a.consultation}/questions/${a.consultationQuestion}/answers/${b.consultationAnswer}/reason-erasure`,
      ],
    },
  ],
  'GET /api/consultations/{id}/report': inB('download B’s report', (_a, b) => [
    'GET',
    `/api/consultations/${b.consultation}/report`,
  ]),
};
