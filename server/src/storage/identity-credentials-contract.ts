// Identity contract, part 2: sessions, invites, one-time links, API tokens, erasure and the audit log.
import { expect, it } from 'vitest';
import { identityFixtures, at } from './identity-fixtures.ts';
import type { Store } from './ports.ts';

export function identityCredentialsContract(getStore: () => Store): void {
  const { newUser, newWorkspace, session, invite, link, token } = identityFixtures(getStore);

  it('keeps a session, extends it, and ends it', async () => {
    const { identity } = getStore();
    const amara = await newUser();
    const kept = { ...session(amara.id, 'session-hash-1'), remember: true };
    await identity.createSession(kept);
    expect(await identity.getSession('session-hash-1')).toEqual(kept);
    await identity.extendSession('session-hash-1', at(50));
    expect(await identity.getSession('session-hash-1')).toEqual({ ...kept, expiresAt: at(50) });
    await identity.deleteSession('session-hash-1');
    expect(await identity.getSession('session-hash-1')).toBeUndefined();
    await identity.deleteSession('session-hash-1');
  });

  it('sessions of one person end together', async () => {
    const { identity } = getStore();
    const amara = await newUser();
    const ben = await newUser({ name: 'Ben Hughes' });
    await identity.createSession(session(amara.id, 'amara-laptop'));
    await identity.createSession(session(amara.id, 'amara-phone'));
    await identity.createSession(session(ben.id, 'ben-laptop'));
    expect((await identity.deleteSessionsOf(amara.id)).sort()).toEqual([
      'amara-laptop',
      'amara-phone',
    ]);
    expect(await identity.getSession('amara-laptop')).toBeUndefined();
    expect(await identity.getSession('amara-phone')).toBeUndefined();
    expect(await identity.getSession('ben-laptop')).toEqual(session(ben.id, 'ben-laptop'));
    expect(await identity.deleteSessionsOf(amara.id)).toEqual([]);
  });

  it('ends all sessions of one person but the one in use', async () => {
    const { identity } = getStore();
    const amara = await newUser();
    await identity.createSession(session(amara.id, 'amara-laptop'));
    await identity.createSession(session(amara.id, 'amara-phone'));
    expect(await identity.deleteSessionsOf(amara.id, 'amara-laptop')).toEqual(['amara-phone']);
    expect(await identity.getSession('amara-laptop')).toEqual(session(amara.id, 'amara-laptop'));
    expect(await identity.getSession('amara-phone')).toBeUndefined();
  });

  it('finds an invite by id or token and lists a workspace’s invites newest first', async () => {
    const { identity } = getStore();
    const workspaceId = await newWorkspace();
    const elsewhere = await newWorkspace('Board');
    const older = invite(workspaceId, { createdAt: at(1) });
    const newer = invite(workspaceId, { createdAt: at(5), role: 'observer' });
    await identity.createInvite(older);
    await identity.createInvite(newer);
    await identity.createInvite(invite(elsewhere));
    expect(await identity.getInvite(older.id)).toEqual(older);
    expect(await identity.findInviteByTokenHash(newer.tokenHash)).toEqual(newer);
    expect(await identity.getInvite('missing')).toBeUndefined();
    expect(await identity.findInviteByTokenHash('missing')).toBeUndefined();
    expect(await identity.listInvites(workspaceId)).toEqual([newer, older]);
  });

  it('revokes an invite once, keeping the first revocation time', async () => {
    const { identity } = getStore();
    const workspaceId = await newWorkspace();
    const kept = invite(workspaceId);
    await identity.createInvite(kept);
    expect(await identity.revokeInvite(kept.id, at(10))).toBe(true);
    expect(await identity.revokeInvite(kept.id, at(20))).toBe(false);
    expect(await identity.revokeInvite('missing', at(20))).toBe(false);
    expect(await identity.getInvite(kept.id)).toEqual({ ...kept, revokedAt: at(10) });
  });

  it('keeps whether an invite works once', async () => {
    const { identity } = getStore();
    const once = invite(await newWorkspace(), { singleUse: true });
    await identity.createInvite(once);
    expect(await identity.getInvite(once.id)).toEqual(once);
    expect(await identity.findInviteByTokenHash(once.tokenHash)).toMatchObject({ singleUse: true });
  });

  it('a one-time link works once and never after it expires', async () => {
    const { identity } = getStore();
    const amara = await newUser();
    const signIn = link({ userId: amara.id, createdBy: amara.id, expiresAt: at(30) });
    await identity.createLink(signIn);
    expect(await identity.consumeLink(signIn.tokenHash, at(10))).toEqual({
      ...signIn,
      usedAt: at(10),
    });
    expect(await identity.consumeLink(signIn.tokenHash, at(11))).toBeUndefined();

    const expiring = link({ purpose: 'setup', expiresAt: at(30) });
    await identity.createLink(expiring);
    expect(await identity.consumeLink(expiring.tokenHash, at(30))).toBeUndefined();
    expect(await identity.consumeLink(expiring.tokenHash, at(31))).toBeUndefined();
    expect(await identity.consumeLink('missing', at(1))).toBeUndefined();

    const setup = link({ purpose: 'setup', expiresAt: at(30) });
    await identity.createLink(setup);
    expect(await identity.consumeLink(setup.tokenHash, at(29))).toEqual({
      ...setup,
      usedAt: at(29),
    });
  });

  it('a one-time link is used once even when several requests race for it', async () => {
    const { identity } = getStore();
    const raced = link();
    await identity.createLink(raced);
    const results = await Promise.all(
      Array.from({ length: 6 }, () => identity.consumeLink(raced.tokenHash, at(5))),
    );
    expect(results.filter((result) => result !== undefined)).toHaveLength(1);
  });

  it('finds a token by its hash and records when it was last used', async () => {
    const { identity } = getStore();
    const amara = await newUser();
    const kept = token(amara.id);
    await identity.createApiToken(kept);
    expect(await identity.findApiTokenByHash(kept.tokenHash)).toEqual(kept);
    await identity.touchApiToken(kept.id, at(12));
    expect(await identity.findApiTokenByHash(kept.tokenHash)).toEqual({
      ...kept,
      lastUsedAt: at(12),
    });
    expect(await identity.findApiTokenByHash('missing')).toBeUndefined();
  });

  it('listing tokens hides revoked ones', async () => {
    const { identity } = getStore();
    const amara = await newUser();
    const ben = await newUser({ name: 'Ben Hughes' });
    const first = token(amara.id, { createdAt: at(1) });
    const second = token(amara.id, { createdAt: at(2), name: 'Export job' });
    const third = token(amara.id, { createdAt: at(3) });
    for (const t of [third, first, second, token(ben.id)]) await identity.createApiToken(t);
    expect(await identity.listApiTokens(amara.id)).toEqual([first, second, third]);
    expect(await identity.revokeApiToken(second.id, amara.id, at(10))).toBe(true);
    expect(await identity.listApiTokens(amara.id)).toEqual([first, third]);
    // Still found, so that a request with it is refused as revoked rather than unknown.
    expect(await identity.findApiTokenByHash(second.tokenHash)).toEqual({
      ...second,
      revokedAt: at(10),
    });
    expect(await identity.revokeApiToken(second.id, amara.id, at(20))).toBe(false);
  });

  it('only the owner of a token can revoke it', async () => {
    const { identity } = getStore();
    const amara = await newUser();
    const ben = await newUser({ name: 'Ben Hughes' });
    const kept = token(amara.id);
    await identity.createApiToken(kept);
    expect(await identity.revokeApiToken(kept.id, ben.id, at(10))).toBe(false);
    expect(await identity.listApiTokens(amara.id)).toEqual([kept]);
  });

  it('erasing a person removes their memberships, sessions and tokens and blanks their audit details', async () => {
    const { identity } = getStore();
    const workspaceId = await newWorkspace();
    const amara = await newUser({ email: 'amara@example.org' });
    const ben = await newUser({ name: 'Ben Hughes' });
    for (const user of [amara, ben])
      await identity.putMembership({
        workspaceId,
        userId: user.id,
        role: 'member',
        joinedAt: at(1),
        inviteId: null,
      });
    await identity.createSession(session(amara.id, 'amara-laptop'));
    await identity.createSession(session(ben.id, 'ben-laptop'));
    const amaraToken = token(amara.id);
    await identity.createApiToken(amaraToken);
    const amaraLink = link({ userId: amara.id });
    await identity.createLink(amaraLink);
    const details = { email: 'amara@example.org', name: 'Amara Okafor' };
    const entries = [
      { actorId: amara.id, subject: null, action: 'profile:update' },
      { actorId: ben.id, subject: amara.id, action: 'member:role' },
      { actorId: ben.id, subject: ben.id, action: 'profile:update' },
    ];
    for (const [index, entry] of entries.entries())
      await identity.appendAudit({ ...entry, at: at(index), workspaceId, details });

    expect(await identity.eraseUser(amara.id)).toBe(true);

    expect(await identity.getUser(amara.id)).toBeUndefined();
    expect(await identity.findUserByEmail('amara@example.org')).toBeUndefined();
    expect(await identity.getMembership(workspaceId, amara.id)).toBeUndefined();
    expect(await identity.listMemberships(amara.id)).toEqual([]);
    expect((await identity.listMembers(workspaceId)).map((m) => m.userId)).toEqual([ben.id]);
    expect(await identity.getSession('amara-laptop')).toBeUndefined();
    expect(await identity.getSession('ben-laptop')).toBeDefined();
    expect(await identity.findApiTokenByHash(amaraToken.tokenHash)).toBeUndefined();
    expect(await identity.consumeLink(amaraLink.tokenHash, at(1))).toBeUndefined();
    const audit = await identity.listAudit({ limit: 10 });
    expect(
      audit.map(({ actorId, subject, action, details }) => ({ actorId, subject, action, details })),
    ).toEqual([
      { ...entries[2], details },
      { ...entries[1], details: {} },
      { ...entries[0], details: {} },
    ]);
    expect(await identity.countUsers()).toBe(1);
    expect(await identity.eraseUser(amara.id)).toBe(false);
  });

  it('audit entries list newest first, filtered by workspace', async () => {
    const { identity } = getStore();
    const board = await newWorkspace('Board');
    const forum = await newWorkspace();
    const details = { role: 'facilitator', changes: ['role'], nested: { count: 2, ok: true } };
    await identity.appendAudit({
      at: at(1),
      actorId: 'user-a',
      workspaceId: board,
      action: 'invite:create',
      subject: 'invite-1',
      details,
    });
    await identity.appendAudit({
      at: at(2),
      actorId: null,
      workspaceId: null,
      action: 'admin:setup',
      subject: null,
      details: {},
    });
    await identity.appendAudit({
      at: at(3),
      actorId: 'user-b',
      workspaceId: forum,
      action: 'member:remove',
      subject: 'user-c',
      details: {},
    });
    await identity.appendAudit({
      at: at(4),
      actorId: 'user-a',
      workspaceId: board,
      action: 'invite:revoke',
      subject: 'invite-1',
      details: {},
    });

    const all = await identity.listAudit({ limit: 10 });
    expect(all.map((entry) => entry.action)).toEqual([
      'invite:revoke',
      'member:remove',
      'admin:setup',
      'invite:create',
    ]);
    for (const entry of all) expect(typeof entry.id).toBe('number');
    expect(all.map((entry) => entry.id)).toEqual(
      [...all.map((entry) => entry.id)].sort((a, b) => b - a),
    );
    expect(new Set(all.map((entry) => entry.id)).size).toBe(4);

    const onBoard = await identity.listAudit({ workspaceId: board, limit: 10 });
    expect(onBoard).toEqual([
      {
        id: all[0]!.id,
        at: at(4),
        actorId: 'user-a',
        workspaceId: board,
        action: 'invite:revoke',
        subject: 'invite-1',
        details: {},
      },
      {
        id: all[3]!.id,
        at: at(1),
        actorId: 'user-a',
        workspaceId: board,
        action: 'invite:create',
        subject: 'invite-1',
        details,
      },
    ]);
    expect((await identity.listAudit({ limit: 2 })).map((entry) => entry.action)).toEqual([
      'invite:revoke',
      'member:remove',
    ]);
    expect(await identity.listAudit({ workspaceId: 'missing', limit: 10 })).toEqual([]);
  });
}
