// Routes for facilitators: members and roles, invite links, one-time sign-in links, the audit
// log.
import { z } from 'zod';
import { AuditEntry, CreatedInvite, CreatedLink, CreateInviteBody, Invite } from '../access.ts';
import { ErrorBody } from '../errors.ts';
import { Id } from '../ids.ts';
import { ChangeRoleBody, Member } from '../people.ts';
import { route } from './spec.ts';

const InWorkspace = z.object({ id: Id });
const Person = z.object({ id: Id, userId: Id });
const InviteParams = z.object({ id: Id, inviteId: Id });
const AuditQuery = z
  .object({ limit: z.coerce.number().int().min(1).max(1000).optional() })
  .strict();
const forbidden = { description: 'Not a facilitator of this workspace', schema: ErrorBody };

export const listMembers = route({
  method: 'get',
  path: '/api/workspaces/:id/members',
  tag: 'members',
  summary: 'Members of a workspace',
  params: InWorkspace,
  responses: { 200: { description: 'Members', schema: z.array(Member) }, 403: forbidden },
});

export const changeRole = route({
  method: 'patch',
  path: '/api/workspaces/:id/members/:userId',
  tag: 'members',
  summary: "Change a member's role (takes effect on their live connections at once)",
  params: Person,
  body: ChangeRoleBody,
  responses: { 204: { description: 'Changed' }, 403: forbidden },
});

export const removeMember = route({
  method: 'delete',
  path: '/api/workspaces/:id/members/:userId',
  tag: 'members',
  summary: 'Remove a member (their live connections close)',
  params: Person,
  responses: { 204: { description: 'Removed' }, 403: forbidden },
});

export const makeSignInLink = route({
  method: 'post',
  path: '/api/workspaces/:id/members/:userId/sign-in-link',
  tag: 'members',
  summary: 'Make a one-time sign-in link for a member without email',
  params: Person,
  responses: {
    201: { description: 'The link (shown once)', schema: CreatedLink },
    403: forbidden,
  },
});

export const createInvite = route({
  method: 'post',
  path: '/api/workspaces/:id/invites',
  tag: 'members',
  summary: 'Make an invite link with a role and an expiry',
  params: InWorkspace,
  body: CreateInviteBody,
  responses: {
    201: { description: 'The invite and its link (shown once)', schema: CreatedInvite },
    403: forbidden,
  },
});

export const listInvites = route({
  method: 'get',
  path: '/api/workspaces/:id/invites',
  tag: 'members',
  summary: 'Invite links and who joined with each',
  params: InWorkspace,
  responses: { 200: { description: 'Invites', schema: z.array(Invite) }, 403: forbidden },
});

export const withdrawInvite = route({
  method: 'delete',
  path: '/api/workspaces/:id/invites/:inviteId',
  tag: 'members',
  summary: 'Withdraw an invite link',
  params: InviteParams,
  responses: { 204: { description: 'Withdrawn' }, 403: forbidden },
});

export const listWorkspaceAudit = route({
  method: 'get',
  path: '/api/workspaces/:id/audit',
  tag: 'audit',
  summary: "The workspace's audit log, newest first",
  params: InWorkspace,
  query: AuditQuery,
  responses: { 200: { description: 'Entries', schema: z.array(AuditEntry) }, 403: forbidden },
});

export const listAudit = route({
  method: 'get',
  path: '/api/audit',
  tag: 'audit',
  summary: 'The whole audit log (administrators)',
  query: AuditQuery,
  responses: { 200: { description: 'Entries', schema: z.array(AuditEntry) }, 403: forbidden },
});
