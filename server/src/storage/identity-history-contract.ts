// Identity contract, part 3: what the identity tables hold about one person, read back for a
// copy of their data, and nobody else's.
import { expect, it } from 'vitest';
import { identityFixtures, at } from './identity-fixtures.ts';
import type { Store } from './ports.ts';

export function identityHistoryContract(getStore: () => Store): void {
  const { newUser, newWorkspace, session, link } = identityFixtures(getStore);

  it('reads back one person’s sessions, oldest first, without their secrets', async () => {
    const { identity } = getStore();
    const amara = await newUser();
    const ben = await newUser({ name: 'Ben Hughes' });
    await identity.createSession({ ...session(amara.id, 'amara-phone'), createdAt: at(5) });
    await identity.createSession({ ...session(amara.id, 'amara-laptop'), remember: true });
    await identity.createSession(session(ben.id, 'ben-laptop'));
    expect(await identity.sessionsOf(amara.id)).toEqual([
      { createdAt: at(0), expiresAt: at(30), remember: true },
      { createdAt: at(5), expiresAt: at(30), remember: false },
    ]);
    expect(await identity.sessionsOf('nobody')).toEqual([]);
  });

  it('reads back the links that sign a person in and the ones they made, not others', async () => {
    const { identity } = getStore();
    const amara = await newUser();
    const ben = await newUser({ name: 'Ben Hughes' });
    await identity.createLink(link({ userId: amara.id, createdBy: ben.id, usedAt: at(3) }));
    await identity.createLink(link({ userId: ben.id, createdBy: amara.id, createdAt: at(4) }));
    await identity.createLink(link({ userId: ben.id, createdBy: null, createdAt: at(6) }));
    expect(await identity.linksAbout(amara.id)).toEqual([
      {
        purpose: 'sign-in',
        userId: amara.id,
        createdBy: ben.id,
        createdAt: at(0),
        expiresAt: at(30),
        usedAt: at(3),
      },
      {
        purpose: 'sign-in',
        userId: ben.id,
        createdBy: amara.id,
        createdAt: at(4),
        expiresAt: at(30),
        usedAt: null,
      },
    ]);
  });

  it('reads back when a person was removed from each workspace', async () => {
    const { identity } = getStore();
    const amara = await newUser();
    const forum = await newWorkspace();
    const board = await newWorkspace('Board');
    for (const workspaceId of [forum, board]) {
      await identity.putMembership({
        workspaceId,
        userId: amara.id,
        role: 'member',
        joinedAt: at(0),
        inviteId: null,
      });
    }
    await identity.removeMembership(board, amara.id, at(7));
    await identity.removeMembership(forum, amara.id, at(9));
    expect(await identity.removalsOf(amara.id)).toEqual([
      { workspaceId: board, removedAt: at(7) },
      { workspaceId: forum, removedAt: at(9) },
    ]);
  });

  it('reads back the audit entries about a person or done by them, oldest first', async () => {
    const { identity } = getStore();
    const entry = (actorId: string | null, subject: string | null, action: string) =>
      identity.appendAudit({ at: at(1), actorId, workspaceId: 'ws', action, subject, details: {} });
    await entry('u-ben', 'u-amara', 'membership.role-changed');
    await entry('u-amara', 'doc-1', 'document.exported');
    await entry('u-ben', 'u-carl', 'membership.removed');
    await entry(null, 'u-amara', 'person.created');
    const about = await identity.auditAbout('u-amara');
    expect(about.map((e) => e.action)).toEqual([
      'membership.role-changed',
      'document.exported',
      'person.created',
    ]);
    expect(about[0]).toMatchObject({ actorId: 'u-ben', subject: 'u-amara', details: {} });
  });
}
