// Cross-workspace cases for talking about a draft: suggestion decisions, review, comment threads
// and their replies.
import { anchor, type RestCase } from './cross-workspace-ids.ts';

export const discussionCases: Record<string, RestCase[]> = {
  'GET /api/documents/{id}/suggestion-decisions': [
    {
      what: 'list B’s decisions',
      request: (_a, b) => ['GET', `/api/documents/${b.document}/suggestion-decisions`],
    },
  ],
  'POST /api/documents/{id}/suggestions/{suggestionId}/decision': [
    {
      what: 'reject B’s suggestion',
      request: (_a, b) => [
        'POST',
        `/api/documents/${b.document}/suggestions/${b.suggestion}/decision`,
        { outcome: 'rejected' },
      ],
    },
    {
      what: 'reject B’s suggestion through A’s document',
      mixed: true,
      request: (a, b) => [
        'POST',
        `/api/documents/${a.document}/suggestions/${b.suggestion}/decision`,
        { outcome: 'rejected' },
      ],
    },
  ],
  'GET /api/documents/{id}/review': [
    { what: 'read B’s review', request: (_a, b) => ['GET', `/api/documents/${b.document}/review`] },
  ],
  'PUT /api/documents/{id}/review': [
    {
      what: 'put B’s draft in review',
      request: (_a, b) => ['PUT', `/api/documents/${b.document}/review`, { inReview: true }],
    },
  ],
  'GET /api/documents/{id}/comments': [
    {
      what: 'read B’s comments',
      request: (_a, b) => ['GET', `/api/documents/${b.document}/comments`],
    },
  ],
  'POST /api/documents/{id}/comments': [
    {
      what: 'comment on B’s document',
      request: (_a, b) => [
        'POST',
        `/api/documents/${b.document}/comments`,
        { id: 'mine-t', commentId: 'mine-c', anchor, quote: 'q', body: 'Hello' },
      ],
    },
    {
      what: 'start a thread in A with B’s thread id',
      mixed: true,
      status: [409],
      request: (a, b) => [
        'POST',
        `/api/documents/${a.document}/comments`,
        { id: b.thread, commentId: 'mine-c2', anchor, quote: 'q', body: 'Hello' },
      ],
    },
    {
      what: 'start a thread in A with B’s comment id',
      mixed: true,
      status: [409],
      request: (a, b) => [
        'POST',
        `/api/documents/${a.document}/comments`,
        { id: 'mine-t3', commentId: b.comment, anchor, quote: 'q', body: 'Hello' },
      ],
    },
  ],
  'POST /api/comment-threads/{id}/replies': [
    {
      what: 'reply in B’s thread',
      request: (_a, b) => [
        'POST',
        `/api/comment-threads/${b.thread}/replies`,
        { id: 'mine-r', body: 'Hi' },
      ],
    },
    {
      what: 'reply in A’s thread with B’s comment id',
      mixed: true,
      status: [409],
      request: (a, b) => [
        'POST',
        `/api/comment-threads/${a.thread}/replies`,
        { id: b.comment, body: 'Hi' },
      ],
    },
  ],
  'POST /api/comment-threads/{id}/resolve': [
    {
      what: 'resolve B’s thread',
      request: (_a, b) => ['POST', `/api/comment-threads/${b.thread}/resolve`],
    },
  ],
  'POST /api/comment-threads/{id}/reopen': [
    {
      what: 'reopen B’s thread',
      request: (_a, b) => ['POST', `/api/comment-threads/${b.thread}/reopen`],
    },
  ],
  'PATCH /api/comments/{id}': [
    {
      what: 'edit B’s comment',
      request: (_a, b) => ['PATCH', `/api/comments/${b.comment}`, { body: 'Changed' }],
    },
  ],
  'DELETE /api/comments/{id}': [
    { what: 'delete B’s comment', request: (_a, b) => ['DELETE', `/api/comments/${b.comment}`] },
  ],
};
