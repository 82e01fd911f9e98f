// One rule about people's names: within a workspace, no two members go by the same name (the
// same letters once normalised, whatever their case or spacing; see nameKey), so nobody can
// pass for someone else in "Who is here", a comment or the hand queue. Checked when a new person
// joins with a name, and when someone renames themselves. Someone who already has an account
// and joins another workspace keeps the name they have, even if a member there has it too.
import { nameKey } from '@roundtable/shared/protocol/shown-text';
import type { MembershipStore } from '../storage/identity-ports.ts';
import { ServiceError } from './errors.ts';

/** Throws 409 (on `name`) when a member of one of these workspaces, other than `self`, has it. */
export async function refuseNameTaken(
  identity: Pick<MembershipStore, 'listMembers'>,
  input: { workspaceIds: string[]; name: string; self: string | null },
): Promise<void> {
  const key = nameKey(input.name);
  for (const workspaceId of input.workspaceIds) {
    const members = await identity.listMembers(workspaceId);
    const taken = members.find((m) => m.userId !== input.self && nameKey(m.user.name) === key);
    if (taken) {
      throw new ServiceError(
        'conflict',
        `Someone here is already called “${taken.user.name}”. Please add something to tell you ` +
          'apart, such as the first letter of your family name.',
        'name',
      );
    }
  }
}
