// Identity contract, part 1: people and their memberships of workspaces.
import { expect, it } from 'vitest';
import { identityFixtures, at, noPreferences } from './identity-fixtures.ts';
import type { UserRecord } from './identity-ports.ts';
import type { Store } from './ports.ts';

export function identityPeopleContract(getStore: () => Store): void {
  const { newUser, newWorkspace } = identityFixtures(getStore);

  it('keeps a person as given and counts people', async () => {
    const { identity } = getStore();
    expect(await identity.countUsers()).toBe(0);
    const amara = await newUser({
      email: 'amara@example.org',
      pronouns: 'she/her',
      takePart: 'lived_experience',
      showTakePart: true,
      information: { ...noPreferences, easyRead: true, notes: 'Large print, please' },
      isAdmin: true,
      passwordHash: 'scrypt$abc',
    });
    await newUser({ name: 'Ben Hughes' });
    expect(await identity.getUser(amara.id)).toEqual(amara);
    expect(await identity.countUsers()).toBe(2);
    expect(await identity.getUser('missing')).toBeUndefined();
  });

  it('finds a person by email whatever the case', async () => {
    const { identity } = getStore();
    const amara = await newUser({ email: 'Amara.Okafor@Example.org' });
    expect(await identity.findUserByEmail('amara.okafor@example.ORG')).toEqual(amara);
    expect(await identity.findUserByEmail('Amara.Okafor@Example.org')).toEqual(amara);
    expect(await identity.findUserByEmail('someone@example.org')).toBeUndefined();
  });

  it('allows one person per email whatever the case, and many people with no email', async () => {
    await newUser({ email: 'amara@example.org' });
    await expect(newUser({ email: 'AMARA@example.org' })).rejects.toThrow();
    await newUser({ email: null });
    await newUser({ email: null });
    expect(await getStore().identity.countUsers()).toBe(3);
  });

  it('changes only the fields given, and can clear a field', async () => {
    const { identity } = getStore();
    const amara = await newUser({ email: 'amara@example.org', pronouns: 'she/her' });
    const information = { ...noPreferences, readAloud: true, supporter: true };
    const changed = await identity.updateUser(amara.id, {
      name: 'Amara O.',
      pronouns: null,
      email: null,
      takePart: 'family_carer',
      showTakePart: true,
      information,
      isAdmin: true,
      passwordHash: 'scrypt$new',
    });
    const expected: UserRecord = {
      ...amara,
      name: 'Amara O.',
      pronouns: null,
      email: null,
      takePart: 'family_carer',
      showTakePart: true,
      information,
      isAdmin: true,
      passwordHash: 'scrypt$new',
    };
    expect(changed).toEqual(expected);
    expect(await identity.getUser(amara.id)).toEqual(expected);
    expect(await identity.updateUser(amara.id, { colour: '#112233' })).toEqual({
      ...expected,
      colour: '#112233',
    });
    expect(await identity.updateUser(amara.id, {})).toEqual({ ...expected, colour: '#112233' });
    expect(await identity.updateUser('missing', { name: 'x' })).toBeUndefined();
  });

  it("lists a person's workspaces and a workspace's members by name whatever the case", async () => {
    const { identity } = getStore();
    const board = await newWorkspace('Board');
    const advisory = await newWorkspace('advisory group');
    const bea = await newUser({ name: 'bea' });
    const ade = await newUser({ name: 'Ade' });
    const cal = await newUser({ name: 'Cal' });
    for (const [workspaceId, user] of [
      [board, bea],
      [advisory, bea],
      [board, ade],
      [board, cal],
    ] as const)
      await identity.putMembership({
        workspaceId,
        userId: user.id,
        role: user === ade ? 'facilitator' : 'member',
        joinedAt: at(1),
        inviteId: null,
      });

    expect(await identity.listMemberships(bea.id)).toEqual([
      {
        workspaceId: advisory,
        userId: bea.id,
        role: 'member',
        joinedAt: at(1),
        inviteId: null,
        workspaceName: 'advisory group',
      },
      {
        workspaceId: board,
        userId: bea.id,
        role: 'member',
        joinedAt: at(1),
        inviteId: null,
        workspaceName: 'Board',
      },
    ]);
    const members = await identity.listMembers(board);
    expect(members.map((m) => m.user.name)).toEqual(['Ade', 'bea', 'Cal']);
    expect(members[0]).toEqual({
      workspaceId: board,
      userId: ade.id,
      role: 'facilitator',
      joinedAt: at(1),
      inviteId: null,
      user: ade,
    });
    expect(await identity.listMembers(advisory)).toHaveLength(1);
    expect(await identity.listMemberships('missing')).toEqual([]);
  });

  it('changing a role keeps the join date and invite', async () => {
    const { identity } = getStore();
    const workspaceId = await newWorkspace();
    const amara = await newUser();
    await identity.putMembership({
      workspaceId,
      userId: amara.id,
      role: 'observer',
      joinedAt: at(1),
      inviteId: 'invite-1',
    });
    await identity.putMembership({
      workspaceId,
      userId: amara.id,
      role: 'facilitator',
      joinedAt: at(20),
      inviteId: null,
    });
    expect(await identity.getMembership(workspaceId, amara.id)).toEqual({
      workspaceId,
      userId: amara.id,
      role: 'facilitator',
      joinedAt: at(1),
      inviteId: 'invite-1',
    });
  });

  it('removes a membership once, leaving the person', async () => {
    const { identity } = getStore();
    const workspaceId = await newWorkspace();
    const amara = await newUser();
    await identity.putMembership({
      workspaceId,
      userId: amara.id,
      role: 'member',
      joinedAt: at(1),
      inviteId: null,
    });
    expect(await identity.removedAt(workspaceId, amara.id)).toBeUndefined();
    expect(await identity.removeMembership(workspaceId, amara.id, at(5))).toBe(true);
    expect(await identity.removeMembership(workspaceId, amara.id, at(6))).toBe(false);
    expect(await identity.getMembership(workspaceId, amara.id)).toBeUndefined();
    expect(await identity.listMembers(workspaceId)).toEqual([]);
    expect(await identity.getUser(amara.id)).toEqual(amara);
    // The removal is remembered (for invite links made before it), the last one counting.
    expect(await identity.removedAt(workspaceId, amara.id)).toBe(at(5));
    await identity.putMembership({
      workspaceId,
      userId: amara.id,
      role: 'member',
      joinedAt: at(7),
      inviteId: null,
    });
    expect(await identity.removeMembership(workspaceId, amara.id, at(9))).toBe(true);
    expect(await identity.removedAt(workspaceId, amara.id)).toBe(at(9));
  });

  it('refuses a membership of an unknown workspace or person', async () => {
    const { identity } = getStore();
    const workspaceId = await newWorkspace();
    const amara = await newUser();
    const membership = { role: 'member', joinedAt: at(1), inviteId: null } as const;
    await expect(
      identity.putMembership({ ...membership, workspaceId: 'missing', userId: amara.id }),
    ).rejects.toThrow();
    await expect(
      identity.putMembership({ ...membership, workspaceId, userId: 'missing' }),
    ).rejects.toThrow();
  });
}
