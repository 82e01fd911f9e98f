// REST for facilitators: members and roles, invite links, one-time sign-in links, the audit log.
import { Router } from 'express';
import { z } from 'zod';
import {
  AuditEntry,
  CreatedInvite,
  CreatedLink,
  CreateInviteBody,
  Invite,
} from '@roundtable/shared/protocol/access';
import { ErrorBody } from '@roundtable/shared/protocol/errors';
import { Id } from '@roundtable/shared/protocol/ids';
import { ChangeRoleBody, Member } from '@roundtable/shared/protocol/people';
import type { AuditLog } from '../services/audit.ts';
import type { MemberService } from '../services/members.ts';
import { linkOrigin } from './access.ts';
import type { RouteRegistry } from './route.ts';

const InWorkspace = z.object({ id: Id });
const Person = z.object({ id: Id, userId: Id });
const InviteParams = z.object({ id: Id, inviteId: Id });
const AuditQuery = z
  .object({ limit: z.coerce.number().int().min(1).max(1000).optional() })
  .strict();
const forbidden = { description: 'Not a facilitator of this workspace', schema: ErrorBody };

export function memberRoutes(options: {
  registry: RouteRegistry;
  members: MemberService;
  audit: AuditLog;
  publicUrl: string | undefined;
}): Router {
  const { registry, members, audit } = options;
  const router = Router();
  registry.add(
    router,
    {
      method: 'get',
      path: '/api/workspaces/:id/members',
      tag: 'members',
      summary: 'Members of a workspace',
      params: InWorkspace,
      responses: { 200: { description: 'Members', schema: z.array(Member) }, 403: forbidden },
    },
    async ({ auth, params }) => ({ status: 200, body: await members.list(auth, params.id) }),
  );
  registry.add(
    router,
    {
      method: 'patch',
      path: '/api/workspaces/:id/members/:userId',
      tag: 'members',
      summary: "Change a member's role (takes effect on their live connections at once)",
      params: Person,
      body: ChangeRoleBody,
      responses: { 204: { description: 'Changed' }, 403: forbidden },
    },
    async ({ auth, params, body }) => {
      await members.changeRole(auth, params.id, params.userId, body.role);
      return { status: 204 };
    },
  );
  registry.add(
    router,
    {
      method: 'delete',
      path: '/api/workspaces/:id/members/:userId',
      tag: 'members',
      summary: 'Remove a member (their live connections close)',
      params: Person,
      responses: { 204: { description: 'Removed' }, 403: forbidden },
    },
    async ({ auth, params }) => {
      await members.remove(auth, params.id, params.userId);
      return { status: 204 };
    },
  );
  registry.add(
    router,
    {
      method: 'post',
      path: '/api/workspaces/:id/members/:userId/sign-in-link',
      tag: 'members',
      summary: 'Make a one-time sign-in link for a member without email',
      params: Person,
      responses: {
        201: { description: 'The link (shown once)', schema: CreatedLink },
        403: forbidden,
      },
    },
    async ({ auth, params, request }) => {
      const link = await members.createSignInLink(auth, params.id, params.userId);
      const url = `${linkOrigin(request, options.publicUrl)}/sign-in/${link.secret}`;
      return { status: 201, body: { url, expiresAt: link.expiresAt } };
    },
  );
  registry.add(
    router,
    {
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
    },
    async ({ auth, params, body, request }) => {
      const { invite, secret } = await members.createInvite(auth, params.id, body);
      return {
        status: 201,
        body: { ...invite, url: `${linkOrigin(request, options.publicUrl)}/join/${secret}` },
      };
    },
  );
  registry.add(
    router,
    {
      method: 'get',
      path: '/api/workspaces/:id/invites',
      tag: 'members',
      summary: 'Invite links and who joined with each',
      params: InWorkspace,
      responses: { 200: { description: 'Invites', schema: z.array(Invite) }, 403: forbidden },
    },
    async ({ auth, params }) => ({ status: 200, body: await members.listInvites(auth, params.id) }),
  );
  registry.add(
    router,
    {
      method: 'delete',
      path: '/api/workspaces/:id/invites/:inviteId',
      tag: 'members',
      summary: 'Withdraw an invite link',
      params: InviteParams,
      responses: { 204: { description: 'Withdrawn' }, 403: forbidden },
    },
    async ({ auth, params }) => {
      await members.revokeInvite(auth, params.id, params.inviteId);
      return { status: 204 };
    },
  );
  registry.add(
    router,
    {
      method: 'get',
      path: '/api/workspaces/:id/audit',
      tag: 'audit',
      summary: "The workspace's audit log, newest first",
      params: InWorkspace,
      query: AuditQuery,
      responses: { 200: { description: 'Entries', schema: z.array(AuditEntry) }, 403: forbidden },
    },
    async ({ auth, params, query }) => {
      return {
        status: 200,
        body: await audit.readAs(auth, {
          workspaceId: params.id,
          ...(query.limit ? { limit: query.limit } : {}),
        }),
      };
    },
  );
  registry.add(
    router,
    {
      method: 'get',
      path: '/api/audit',
      tag: 'audit',
      summary: 'The whole audit log (administrators)',
      query: AuditQuery,
      responses: { 200: { description: 'Entries', schema: z.array(AuditEntry) }, 403: forbidden },
    },
    async ({ auth, query }) => {
      return {
        status: 200,
        body: await audit.readAs(auth, query.limit ? { limit: query.limit } : {}),
      };
    },
  );
  return router;
}
