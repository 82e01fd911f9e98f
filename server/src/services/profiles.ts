// A person's own profile. Erasing a person is erasure.ts's.
import type { Me, Profile, UpdateProfileBody } from '@roundtable/shared/protocol/people';
import type { MembershipStore, PeopleStore, UserRecord } from '../storage/identity-ports.ts';
import type { AccessEvents } from './access-events.ts';
import type { AuditLog } from './audit.ts';
import { ServiceError } from './errors.ts';
import { refuseNameTaken } from './names.ts';

export const toProfile = (user: UserRecord): Profile => ({
  id: user.id,
  name: user.name,
  email: user.email,
  colour: user.colour,
  pronouns: user.pronouns,
  takePart: user.takePart,
  showTakePart: user.showTakePart,
  nameInRecord: user.nameInRecord,
  information: user.information,
  isAdmin: user.isAdmin,
  hasPassword: user.passwordHash !== null,
});

export class ProfileService {
  constructor(
    private readonly options: {
      identity: PeopleStore & MembershipStore;
      audit: AuditLog;
      events: AccessEvents;
    },
  ) {}

  async me(userId: string): Promise<Me> {
    const user = await this.options.identity.getUser(userId);
    if (!user) throw new ServiceError('unauthorized', 'Please sign in first.');
    const memberships = await this.options.identity.listMemberships(userId);
    return {
      profile: toProfile(user),
      memberships: memberships.map(({ workspaceId, workspaceName, role }) => ({
        workspaceId,
        workspaceName,
        role,
      })),
    };
  }

  async update(userId: string, change: UpdateProfileBody): Promise<Profile> {
    if (change.name !== undefined) {
      const memberships = await this.options.identity.listMemberships(userId);
      await refuseNameTaken(this.options.identity, {
        workspaceIds: memberships.map((m) => m.workspaceId),
        name: change.name,
        self: userId,
      });
    }
    if (change.email) {
      const owner = await this.options.identity.findUserByEmail(change.email);
      if (owner && owner.id !== userId) {
        throw new ServiceError(
          'conflict',
          'Someone else already uses this email address.',
          'email',
        );
      }
    }
    if (change.email === null) {
      const current = await this.options.identity.getUser(userId);
      if (current?.passwordHash) {
        throw new ServiceError(
          'conflict',
          'You sign in with this email and your password. Keep it, or remove the password first.',
          'email',
        );
      }
    }
    const user = await this.options.identity.updateUser(userId, change);
    if (!user) throw new ServiceError('unauthorized', 'Please sign in first.');
    if (change.name !== undefined) {
      await this.options.events.publish({ kind: 'person-renamed', userId, name: user.name });
    }
    return toProfile(user);
  }
}
