// Workspace membership as facilitators manage it: members and their roles, invite links, and
// one-time sign-in links for people without email. Every change is audited and announced.
import { mayMakeSignInLinkFor, type Role } from '@roundtable/shared/domain/policy';
import type { Invite } from '@roundtable/shared/protocol/access';
import type { Member } from '@roundtable/shared/protocol/people';
import type { InviteRecord, InviteStore, MembershipStore } from '../storage/identity-ports.ts';
import type { AccessEvents } from './access-events.ts';
import type { AuditLog } from './audit.ts';
import { authorize, signedIn, type AuthContext } from './auth-context.ts';
import { ServiceError } from './errors.ts';
import { newId } from './ids.ts';
import { hashSecret, newSecret } from './secrets.ts';
import type { WorkspaceScope } from './workspace-scope.ts';
import type { SignInService } from './sign-in.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface MemberServiceOptions {
  identity: MembershipStore & InviteStore;
  audit: AuditLog;
  events: AccessEvents;
  signIn: SignInService;
  scope: WorkspaceScope;
  now: () => Date;
}

export class MemberService {
  constructor(private readonly options: MemberServiceOptions) {}

  async list(auth: AuthContext, workspaceId: string): Promise<Member[]> {
    authorize(auth, 'workspace:read', { workspaceId });
    const seesNeeds =
      auth.actor.kind === 'user' &&
      (auth.actor.isAdmin || auth.actor.roles.get(workspaceId) === 'facilitator');
    const members = await this.options.identity.listMembers(workspaceId);
    return members.map(({ user, role, joinedAt, inviteId }) => ({
      userId: user.id,
      name: user.name,
      colour: user.colour,
      pronouns: user.pronouns,
      role,
      joinedAt,
      inviteId,
      takePart: user.showTakePart ? user.takePart : null,
      information: seesNeeds ? user.information : null,
    }));
  }

  async changeRole(
    auth: AuthContext,
    workspaceId: string,
    userId: string,
    role: Role,
  ): Promise<void> {
    await this.options.scope.workspaceFor(auth, workspaceId, 'workspace:manage-members');
    const membership = await this.options.identity.getMembership(workspaceId, userId);
    if (!membership)
      throw new ServiceError('not_found', 'This person is not a member of the workspace');
    if (membership.role === 'facilitator' && role !== 'facilitator')
      await this.keepOneFacilitator(workspaceId, userId);
    await this.options.identity.putMembership({ ...membership, role });
    await this.options.audit.record({
      actorId: auth.userId,
      workspaceId,
      action: 'membership.role-changed',
      subject: userId,
      details: { from: membership.role, to: role },
    });
    await this.options.events.publish({ kind: 'membership', workspaceId, userId });
  }

  async remove(auth: AuthContext, workspaceId: string, userId: string): Promise<void> {
    await this.options.scope.workspaceFor(auth, workspaceId, 'workspace:manage-members');
    const membership = await this.options.identity.getMembership(workspaceId, userId);
    if (!membership)
      throw new ServiceError('not_found', 'This person is not a member of the workspace');
    if (membership.role === 'facilitator') await this.keepOneFacilitator(workspaceId, userId);
    await this.options.identity.removeMembership(
      workspaceId,
      userId,
      this.options.now().toISOString(),
    );
    await this.options.audit.record({
      actorId: auth.userId,
      workspaceId,
      action: 'membership.removed',
      subject: userId,
    });
    // Someone who leaves by choice leaves the group's link working for everyone else.
    if (auth.userId !== userId && membership.inviteId) {
      await this.withdrawInvite(auth, workspaceId, membership.inviteId, 'member-removed');
    }
    await this.options.events.publish({ kind: 'membership', workspaceId, userId });
  }

  /**
   * Stops a link working, when it still does (audited, with why): the link of a removed person
   * (an anonymous join cannot be told apart from them), or a join request's earlier link.
   */
  async withdrawInvite(
    auth: AuthContext,
    workspaceId: string,
    inviteId: string,
    reason: 'member-removed' | 'join-request-answered' | 'join-request-erased',
  ): Promise<void> {
    authorize(auth, 'workspace:manage-members', { workspaceId });
    const invite = await this.options.identity.getInvite(inviteId);
    if (!invite || invite.workspaceId !== workspaceId || invite.revokedAt) return;
    await this.options.identity.revokeInvite(inviteId, this.options.now().toISOString());
    await this.options.audit.record({
      actorId: auth.userId,
      workspaceId,
      action: 'invite.revoked',
      subject: inviteId,
      details: { reason },
    });
  }

  async createInvite(
    auth: AuthContext,
    workspaceId: string,
    input: { role: Role; expiresInDays: number; singleUse?: boolean },
  ): Promise<{ invite: Invite; secret: string }> {
    await this.options.scope.workspaceFor(auth, workspaceId, 'workspace:manage-members');
    const now = this.options.now();
    const secret = newSecret();
    const record: InviteRecord = {
      id: newId(),
      tokenHash: hashSecret(secret),
      workspaceId,
      role: input.role,
      createdBy: signedIn(auth),
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + input.expiresInDays * DAY_MS).toISOString(),
      revokedAt: null,
      singleUse: input.singleUse ?? false,
    };
    await this.options.identity.createInvite(record);
    await this.options.audit.record({
      actorId: auth.userId,
      workspaceId,
      action: 'invite.created',
      subject: record.id,
      details: {
        role: input.role,
        expiresAt: record.expiresAt,
        ...(record.singleUse ? { singleUse: true } : {}),
      },
    });
    return { invite: this.present(record, []), secret };
  }

  async listInvites(auth: AuthContext, workspaceId: string): Promise<Invite[]> {
    await this.options.scope.workspaceFor(auth, workspaceId, 'workspace:manage-members');
    const [invites, members] = await Promise.all([
      this.options.identity.listInvites(workspaceId),
      this.options.identity.listMembers(workspaceId),
    ]);
    return invites.map((invite) =>
      this.present(
        invite,
        members
          .filter((m) => m.inviteId === invite.id)
          .map((m) => ({ userId: m.userId, name: m.user.name, joinedAt: m.joinedAt })),
      ),
    );
  }

  async revokeInvite(auth: AuthContext, workspaceId: string, inviteId: string): Promise<void> {
    await this.options.scope.workspaceFor(auth, workspaceId, 'workspace:manage-members');
    const invite = await this.options.identity.getInvite(inviteId);
    if (!invite || invite.workspaceId !== workspaceId)
      throw new ServiceError('not_found', 'There is no such invite link');
    await this.options.identity.revokeInvite(inviteId, this.options.now().toISOString());
    await this.options.audit.record({
      actorId: auth.userId,
      workspaceId,
      action: 'invite.revoked',
      subject: inviteId,
    });
  }

  /** For someone without email: a facilitator makes them a one-time link to sign in again. */
  async createSignInLink(auth: AuthContext, workspaceId: string, userId: string) {
    await this.options.scope.workspaceFor(auth, workspaceId, 'workspace:manage-members');
    if (!(await this.options.identity.getMembership(workspaceId, userId))) {
      throw new ServiceError('not_found', 'This person is not a member of the workspace');
    }
    const { actor: person } = await this.options.signIn.contextFor(userId, {
      sessionHash: null,
      tokenId: null,
    });
    if (!mayMakeSignInLinkFor(auth.actor, person)) {
      throw new ServiceError(
        'forbidden',
        'You cannot make a sign-in link for this person: they can do things you cannot ' +
          '(they are an administrator, or belong to a workspace you do not facilitate). ' +
          'Ask an administrator.',
      );
    }
    const link = await this.options.signIn.createSignInLink(userId, auth.userId);
    await this.options.audit.record({
      actorId: auth.userId,
      workspaceId,
      action: 'sign-in-link.created',
      subject: userId,
    });
    return link;
  }

  private async keepOneFacilitator(workspaceId: string, leaving: string): Promise<void> {
    const members = await this.options.identity.listMembers(workspaceId);
    if (!members.some((m) => m.role === 'facilitator' && m.userId !== leaving)) {
      throw new ServiceError(
        'conflict',
        'A workspace needs at least one facilitator. Make someone else a facilitator first.',
      );
    }
  }

  private present(invite: InviteRecord, joined: Invite['joined']): Invite {
    return {
      id: invite.id,
      workspaceId: invite.workspaceId,
      role: invite.role,
      createdAt: invite.createdAt,
      expiresAt: invite.expiresAt,
      revokedAt: invite.revokedAt,
      joined,
    };
  }
}
