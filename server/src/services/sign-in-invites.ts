// Joining a workspace with an invite link: what the link leads to, and joining, as the person
// signed in or as a new person who types a name.
import type { Role } from '@roundtable/shared/domain/policy';
import type {
  InviteRecord,
  InviteStore,
  MembershipStore,
  PeopleStore,
} from '../storage/identity-ports.ts';
import type { WorkspaceStore } from '../storage/ports.ts';
import type { AccessEvents } from './access-events.ts';
import type { AuditLog } from './audit.ts';
import type { AuthContext } from './auth-context.ts';
import { ServiceError } from './errors.ts';
import { refuseNameTaken } from './names.ts';
import { createPerson } from './new-person.ts';
import { hashSecret } from './secrets.ts';
import type { Sessions, StartedSession } from './sign-in-sessions.ts';

export interface InviteJoiningOptions {
  identity: PeopleStore & MembershipStore & InviteStore;
  workspaces: WorkspaceStore;
  sessions: Sessions;
  audit: AuditLog;
  events: AccessEvents;
  now: () => Date;
}

export class InviteJoining {
  constructor(private readonly options: InviteJoiningOptions) {}

  /** What an invite link leads to, for the page that asks the person's name. */
  async previewInvite(
    secret: string,
  ): Promise<{ workspaceName: string; role: Role; expiresAt: string }> {
    const invite = await this.usableInvite(secret);
    const workspace = await this.options.workspaces.getWorkspace(invite.workspaceId);
    return { workspaceName: workspace?.name ?? '', role: invite.role, expiresAt: invite.expiresAt };
  }

  /**
   * Joins a workspace with an invite link. A signed-in person is added as they are; anyone else
   * types a name (email optional) and becomes a new person. Either way they are signed in.
   */
  async joinWithInvite(input: {
    secret: string;
    current: AuthContext;
    name?: string;
    email?: string;
    remember: boolean;
    /** Their answer to "may your name appear in the record of exports?", when they gave one. */
    nameInRecord?: boolean;
  }): Promise<StartedSession> {
    const { identity } = this.options;
    const invite = await this.usableInvite(input.secret);
    let userId = input.current.userId;
    let claimed = false;
    if (userId === null) {
      if (!input.name) throw new ServiceError('bad_request', 'Please type your name', 'name');
      await refuseNameTaken(identity, {
        workspaceIds: [invite.workspaceId],
        name: input.name,
        self: null,
      });
      if (input.email && (await identity.findUserByEmail(input.email))) {
        throw new ServiceError(
          'conflict',
          'Someone already uses this email address. Ask your facilitator for a sign-in link instead.',
          'email',
        );
      }
      claimed = await this.claim(invite);
      userId = (
        await createPerson(this.options, {
          name: input.name,
          email: input.email ?? null,
          isAdmin: false,
        })
      ).id;
    }
    const existing = await identity.getMembership(invite.workspaceId, userId);
    if (!existing) {
      const removedAt = await identity.removedAt(invite.workspaceId, userId);
      if (removedAt !== undefined && invite.createdAt <= removedAt) {
        throw new ServiceError(
          'forbidden',
          'You were removed from this workspace, so this invite link no longer lets you in. ' +
            'If you should be here, ask the facilitator for a new invite link.',
        );
      }
      if (!claimed) await this.claim(invite);
      await identity.putMembership({
        workspaceId: invite.workspaceId,
        userId,
        role: invite.role,
        joinedAt: this.options.now().toISOString(),
        inviteId: invite.id,
      });
      await this.options.audit.record({
        actorId: userId,
        workspaceId: invite.workspaceId,
        action: 'membership.joined',
        subject: userId,
        details: { inviteId: invite.id, role: invite.role },
      });
      await this.options.events.publish({
        kind: 'membership',
        workspaceId: invite.workspaceId,
        userId,
      });
    }
    if (input.nameInRecord !== undefined) {
      await identity.updateUser(userId, { nameInRecord: input.nameInRecord });
    }
    // Someone already signed in (by a session, or by an API token in a script) keeps what they
    // have: a script's token never turns into a browser session.
    if (input.current.userId !== null) return { secret: '', userId, maxAgeSeconds: undefined };
    return this.options.sessions.startSession(userId, input.remember);
  }

  /** A single-use link is spent by the first person who joins with it; nobody else can. */
  private async claim(invite: InviteRecord): Promise<boolean> {
    if (!invite.singleUse) return false;
    const at = this.options.now().toISOString();
    if (!(await this.options.identity.revokeInvite(invite.id, at))) throw linkGone();
    return true;
  }

  private async usableInvite(secret: string) {
    const invite = await this.options.identity.findInviteByTokenHash(hashSecret(secret));
    if (!invite || invite.revokedAt !== null || new Date(invite.expiresAt) <= this.options.now()) {
      throw linkGone();
    }
    return invite;
  }
}

const linkGone = () =>
  new ServiceError(
    'not_found',
    'This invite link has expired, was withdrawn, or was already used. ' +
      'Ask your facilitator for a new one.',
  );
