// Cross-workspace cases for people and workspaces: tokens, members, invites, the audit log, a
// workspace and its settings.
import type { RestCase } from './cross-workspace-ids.ts';

export const accessCases: Record<string, RestCase[]> = {
  'DELETE /api/tokens/{id}': [
    { what: 'revoke a B member’s token', request: (_a, b) => ['DELETE', `/api/tokens/${b.token}`] },
  ],
  'GET /api/workspaces/{id}/members': [
    {
      what: 'list B’s members',
      request: (_a, b) => ['GET', `/api/workspaces/${b.workspace}/members`],
    },
  ],
  'PATCH /api/workspaces/{id}/members/{userId}': [
    {
      what: 'change a role in B',
      request: (_a, b) => [
        'PATCH',
        `/api/workspaces/${b.workspace}/members/${b.member}`,
        { role: 'observer' },
      ],
    },
    {
      what: 'change a B member’s role through A',
      mixed: true,
      request: (a, b) => [
        'PATCH',
        `/api/workspaces/${a.workspace}/members/${b.member}`,
        { role: 'observer' },
      ],
    },
  ],
  'DELETE /api/workspaces/{id}/members/{userId}': [
    {
      what: 'remove a member of B',
      request: (_a, b) => ['DELETE', `/api/workspaces/${b.workspace}/members/${b.member}`],
    },
    {
      what: 'remove a B member through A',
      mixed: true,
      request: (a, b) => ['DELETE', `/api/workspaces/${a.workspace}/members/${b.member}`],
    },
  ],
  'POST /api/workspaces/{id}/members/{userId}/sign-in-link': [
    {
      what: 'make a sign-in link in B',
      request: (_a, b) => [
        'POST',
        `/api/workspaces/${b.workspace}/members/${b.member}/sign-in-link`,
      ],
    },
    {
      what: 'make a sign-in link for a B member through A',
      mixed: true,
      request: (a, b) => [
        'POST',
        `/api/workspaces/${a.workspace}/members/${b.member}/sign-in-link`,
      ],
    },
  ],
  // Erasing is for administrators of the whole installation only: a facilitator of A is refused.
  'POST /api/people/{id}/erasure': [
    {
      what: 'erase a member of B',
      request: (_a, b) => [
        'POST',
        `/api/people/${b.member}/erasure`,
        { removePendingSuggestions: false },
      ],
    },
  ],
  'GET /api/workspaces/{id}/members/{userId}/data': [
    {
      what: 'download a B member’s data in B',
      request: (_a, b) => ['GET', `/api/workspaces/${b.workspace}/members/${b.member}/data`],
    },
    {
      what: 'download a B member’s data through A',
      mixed: true,
      request: (a, b) => ['GET', `/api/workspaces/${a.workspace}/members/${b.member}/data`],
    },
  ],
  'POST /api/workspaces/{id}/invites': [
    {
      what: 'make an invite link to B',
      request: (_a, b) => ['POST', `/api/workspaces/${b.workspace}/invites`, { role: 'member' }],
    },
  ],
  'GET /api/workspaces/{id}/invites': [
    {
      what: 'list B’s invites',
      request: (_a, b) => ['GET', `/api/workspaces/${b.workspace}/invites`],
    },
  ],
  'DELETE /api/workspaces/{id}/invites/{inviteId}': [
    {
      what: 'revoke B’s invite',
      request: (_a, b) => ['DELETE', `/api/workspaces/${b.workspace}/invites/${b.invite}`],
    },
    {
      what: 'revoke B’s invite through A',
      mixed: true,
      request: (a, b) => ['DELETE', `/api/workspaces/${a.workspace}/invites/${b.invite}`],
    },
  ],
  'GET /api/workspaces/{id}/audit': [
    {
      what: 'read B’s audit log',
      request: (_a, b) => ['GET', `/api/workspaces/${b.workspace}/audit`],
    },
  ],
  'GET /api/workspaces/{id}': [
    { what: 'read B', request: (_a, b) => ['GET', `/api/workspaces/${b.workspace}`] },
  ],
  'PATCH /api/workspaces/{id}': [
    {
      what: 'rename B',
      request: (_a, b) => ['PATCH', `/api/workspaces/${b.workspace}`, { name: 'Taken' }],
    },
  ],
  'GET /api/workspaces/{id}/settings': [
    {
      what: 'read B’s settings',
      request: (_a, b) => ['GET', `/api/workspaces/${b.workspace}/settings`],
    },
  ],
  'PUT /api/workspaces/{id}/settings': [
    {
      what: 'replace B’s settings',
      request: (_a, b) => [
        'PUT',
        `/api/workspaces/${b.workspace}/settings`,
        { agreementRule: { kind: 'share', percent: 50 } },
      ],
    },
  ],
  'PATCH /api/workspaces/{id}/settings': [
    {
      what: 'change B’s settings',
      request: (_a, b) => [
        'PATCH',
        `/api/workspaces/${b.workspace}/settings`,
        { agreementRule: { kind: 'share', percent: 50 } },
      ],
    },
  ],
};
