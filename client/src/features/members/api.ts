// The REST calls behind the Members and invites page, one function each.
import type { z } from 'zod';
import type { Role } from '@roundtable/shared/domain/policy';
import type { CreatedInvite, CreatedLink, Invite } from '@roundtable/shared/protocol/access';
import type { InactivePeople } from '@roundtable/shared/protocol/retention';
import type { Erased, Member } from '@roundtable/shared/protocol/people';
import * as routes from '@roundtable/shared/protocol/routes';
import type { Workspace } from '@roundtable/shared/protocol/workspaces';
import { call, type ApiResult } from '../../app/http.ts';

export function getWorkspace(workspaceId: string): Promise<ApiResult<Workspace>> {
  return call(routes.getWorkspace, { params: { id: workspaceId } });
}

export function listMembers(workspaceId: string): Promise<ApiResult<Member[]>> {
  return call(routes.listMembers, { params: { id: workspaceId } });
}

export function changeRole(
  workspaceId: string,
  userId: string,
  role: Role,
): Promise<ApiResult<unknown>> {
  return call(routes.changeRole, { params: { id: workspaceId, userId }, body: { role } });
}

export function removeMember(workspaceId: string, userId: string): Promise<ApiResult<unknown>> {
  return call(routes.removeMember, { params: { id: workspaceId, userId } });
}

export function makeSignInLink(
  workspaceId: string,
  userId: string,
): Promise<ApiResult<z.infer<typeof CreatedLink>>> {
  return call(routes.makeSignInLink, { params: { id: workspaceId, userId } });
}

export function listInvites(workspaceId: string): Promise<ApiResult<Invite[]>> {
  return call(routes.listInvites, { params: { id: workspaceId } });
}

export function createInvite(
  workspaceId: string,
  body: { role: Role; expiresInDays: number },
): Promise<ApiResult<z.infer<typeof CreatedInvite>>> {
  return call(routes.createInvite, { params: { id: workspaceId }, body });
}

export function withdrawInvite(workspaceId: string, inviteId: string): Promise<ApiResult<unknown>> {
  return call(routes.withdrawInvite, { params: { id: workspaceId, inviteId } });
}

/** Administrators only: people who have not signed in for INACTIVE_AFTER_DAYS. */
export function listInactivePeople(): Promise<ApiResult<InactivePeople>> {
  return call(routes.listInactivePeople);
}

/** An administrator erases a person everywhere (a data-protection request). */
export function erasePerson(
  userId: string,
  removePendingSuggestions: boolean,
): Promise<ApiResult<Erased>> {
  return call(routes.erasePerson, { params: { id: userId }, body: { removePendingSuggestions } });
}
