// The REST calls behind the Members and invites page, one function each.
import { z } from 'zod';
import type { Role } from '@roundtable/shared/domain/policy';
import { CreatedInvite, CreatedLink, Invite } from '@roundtable/shared/protocol/access';
import { Member } from '@roundtable/shared/protocol/people';
import { Workspace } from '@roundtable/shared/protocol/workspaces';
import { requestJson, type ApiResult } from '../../app/http.ts';

const Anything = z.unknown();
const inWorkspace = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}`;

export function getWorkspace(workspaceId: string): Promise<ApiResult<Workspace>> {
  return requestJson(Workspace, inWorkspace(workspaceId));
}

export function listMembers(workspaceId: string): Promise<ApiResult<Member[]>> {
  return requestJson(z.array(Member), `${inWorkspace(workspaceId)}/members`);
}

export function changeRole(
  workspaceId: string,
  userId: string,
  role: Role,
): Promise<ApiResult<unknown>> {
  return requestJson(
    Anything,
    `${inWorkspace(workspaceId)}/members/${encodeURIComponent(userId)}`,
    {
      method: 'PATCH',
      body: { role },
    },
  );
}

export function removeMember(workspaceId: string, userId: string): Promise<ApiResult<unknown>> {
  return requestJson(
    Anything,
    `${inWorkspace(workspaceId)}/members/${encodeURIComponent(userId)}`,
    {
      method: 'DELETE',
    },
  );
}

export function makeSignInLink(
  workspaceId: string,
  userId: string,
): Promise<ApiResult<z.infer<typeof CreatedLink>>> {
  return requestJson(
    CreatedLink,
    `${inWorkspace(workspaceId)}/members/${encodeURIComponent(userId)}/sign-in-link`,
    { method: 'POST' },
  );
}

export function listInvites(workspaceId: string): Promise<ApiResult<Invite[]>> {
  return requestJson(z.array(Invite), `${inWorkspace(workspaceId)}/invites`);
}

export function createInvite(
  workspaceId: string,
  body: { role: Role; expiresInDays: number },
): Promise<ApiResult<z.infer<typeof CreatedInvite>>> {
  return requestJson(CreatedInvite, `${inWorkspace(workspaceId)}/invites`, {
    method: 'POST',
    body,
  });
}

export function withdrawInvite(workspaceId: string, inviteId: string): Promise<ApiResult<unknown>> {
  return requestJson(
    Anything,
    `${inWorkspace(workspaceId)}/invites/${encodeURIComponent(inviteId)}`,
    {
      method: 'DELETE',
    },
  );
}
