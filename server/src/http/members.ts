// REST for facilitators: members and roles, invite links, one-time sign-in links, the audit log.
import { Router } from 'express';
import * as routes from '@roundtable/shared/protocol/routes';
import type { AuditLog } from '../services/audit.ts';
import type { MemberService } from '../services/members.ts';
import { linkOrigin } from './access.ts';
import type { RouteRegistry } from './route.ts';

export function memberRoutes(options: {
  registry: RouteRegistry;
  members: MemberService;
  audit: AuditLog;
  publicUrl: string | undefined;
}): Router {
  const { registry, members, audit } = options;
  const router = Router();
  registry.add(router, routes.listMembers, async ({ auth, params }) => ({
    status: 200,
    body: await members.list(auth, params.id),
  }));
  registry.add(router, routes.changeRole, async ({ auth, params, body }) => {
    await members.changeRole(auth, params.id, params.userId, body.role);
    return { status: 204 };
  });
  registry.add(router, routes.removeMember, async ({ auth, params }) => {
    await members.remove(auth, params.id, params.userId);
    return { status: 204 };
  });
  registry.add(router, routes.makeSignInLink, async ({ auth, params, request }) => {
    const link = await members.createSignInLink(auth, params.id, params.userId);
    const url = `${linkOrigin(request, options.publicUrl)}/sign-in/${link.secret}`;
    return { status: 201, body: { url, expiresAt: link.expiresAt } };
  });
  registry.add(router, routes.createInvite, async ({ auth, params, body, request }) => {
    const { invite, secret } = await members.createInvite(auth, params.id, body);
    return {
      status: 201,
      body: { ...invite, url: `${linkOrigin(request, options.publicUrl)}/join/${secret}` },
    };
  });
  registry.add(router, routes.listInvites, async ({ auth, params }) => ({
    status: 200,
    body: await members.listInvites(auth, params.id),
  }));
  registry.add(router, routes.withdrawInvite, async ({ auth, params }) => {
    await members.revokeInvite(auth, params.id, params.inviteId);
    return { status: 204 };
  });
  registry.add(router, routes.listWorkspaceAudit, async ({ auth, params, query }) => {
    return {
      status: 200,
      body: await audit.readAs(auth, {
        workspaceId: params.id,
        ...(query.limit ? { limit: query.limit } : {}),
      }),
    };
  });
  registry.add(router, routes.listAudit, async ({ auth, query }) => {
    return {
      status: 200,
      body: await audit.readAs(auth, query.limit ? { limit: query.limit } : {}),
    };
  });
  return router;
}
