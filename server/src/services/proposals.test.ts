// Agreeing a version between meetings: who may propose, respond and withdraw; the closing date;
// one open proposal per document; closing by time (on the next read, or by the sweep) with the
// workspace's rule deciding; an agreed version frozen with a record of the proposal.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '@roundtable/shared/domain/policy';
import { startTestServer, type TestServer } from '../testing/harness.ts';
import type { AuthContext } from './auth-context.ts';
import type { ProposalService } from './proposals.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

describe('agreeing a version between meetings', () => {
  let server: TestServer;
  let proposals: ProposalService;
  let documentId: string;
  let workspaceId: string;
  let versionId: string;
  let facilitator: AuthContext;
  let sam: AuthContext;
  let lucy: AuthContext;
  let olive: AuthContext;

  const person = async (name: string, role: Role): Promise<AuthContext> => {
    const created = await server.app.signIn.createPerson({ name, email: null, isAdmin: false });
    await server.store.identity.putMembership({
      workspaceId,
      userId: created.id,
      role,
      joinedAt: new Date().toISOString(),
      inviteId: null,
    });
    return server.app.signIn.contextFor(created.id, { sessionHash: null, tokenId: null });
  };
  let clockOffsetMs = 0;
  const now = () => new Date(Date.now() + clockOffsetMs);
  const advanceClock = (ms: number) => {
    clockOffsetMs += ms;
    server.advanceClock(ms);
  };
  const inDays = (days: number) => new Date(now().getTime() + days * DAY).toISOString();

  beforeEach(async () => {
    server = await startTestServer();
    clockOffsetMs = 0;
    proposals = server.app.proposals;
    ({ id: documentId, workspaceId } = await server.api.createDocument());
    versionId = (
      await server.api.request('POST', `/api/documents/${documentId}/versions`, {
        name: 'Draft for agreement',
      })
    ).body.id as string;
    facilitator = await person('Fran', 'facilitator');
    sam = await person('Sam', 'member');
    lucy = await person('Lucy', 'member');
    olive = await person('Olive', 'observer');
  });
  afterEach(async () => {
    await server.close();
  });

  it('lets only facilitators propose, with a closing date in the future and at most 90 days away', async () => {
    await expect(proposals.propose(sam, versionId, inDays(3))).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      proposals.propose(facilitator, versionId, new Date(now().getTime() - 1000).toISOString()),
    ).rejects.toMatchObject({ code: 'bad_request', field: 'closesAt', message: /in the future/ });
    await expect(proposals.propose(facilitator, versionId, inDays(91))).rejects.toMatchObject({
      code: 'bad_request',
      message: /at most 90 days/,
    });
    await expect(
      proposals.propose(facilitator, 'no-such-version', inDays(3)),
    ).rejects.toMatchObject({ code: 'not_found' });
    const proposed = await proposals.propose(facilitator, versionId, inDays(3));
    expect(proposed).toMatchObject({ state: 'open', versionId, responseCount: 0, outcome: null });
  });

  it('keeps one open proposal per document, and never proposes an agreed version again', async () => {
    const first = await proposals.propose(facilitator, versionId, inDays(3));
    await expect(proposals.propose(facilitator, versionId, inDays(4))).rejects.toMatchObject({
      code: 'conflict',
      message: /already being asked/,
    });
    await expect(proposals.withdraw(sam, first.id)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await proposals.withdraw(facilitator, first.id)).toMatchObject({
      state: 'withdrawn',
      outcome: null,
    });
    await expect(
      proposals.respond(sam, first.id, { kind: 'agree', reason: '' }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(proposals.withdraw(facilitator, first.id)).rejects.toMatchObject({
      code: 'conflict',
    });

    const second = await proposals.propose(facilitator, versionId, inDays(1));
    await proposals.respond(sam, second.id, { kind: 'agree', reason: '' });
    advanceClock(DAY);
    expect((await proposals.get(sam, second.id)).state).toBe('agreed');
    await expect(proposals.propose(facilitator, versionId, inDays(3))).rejects.toMatchObject({
      code: 'conflict',
      message: 'The group has already agreed this version.',
    });
  });

  it('takes one changeable response from each person who may take part, with reasons where needed', async () => {
    const { id } = await proposals.propose(facilitator, versionId, inDays(2));
    await expect(proposals.respond(olive, id, { kind: 'agree', reason: '' })).rejects.toMatchObject(
      {
        code: 'forbidden',
      },
    );
    await expect(
      proposals.respond(sam, id, { kind: 'disagree', reason: '' }),
    ).rejects.toMatchObject({ code: 'bad_request', field: 'reason' });
    await proposals.respond(sam, id, { kind: 'disagree', reason: 'Transport is missing' });
    const changed = await proposals.respond(sam, id, { kind: 'agree', reason: '' });
    expect(changed).toMatchObject({
      responseCount: 1,
      myResponse: { kind: 'agree', reason: '' },
      // While the vote is open nobody sees the others' responses.
      responses: [],
    });
    await proposals.respond(lucy, id, { kind: 'concerns', reason: 'Buses at night' });
    expect(await proposals.get(olive, id)).toMatchObject({ responseCount: 2, myResponse: null });
  });

  it('closes at the closing time: decided on the next read, then frozen with who took part', async () => {
    const { id, closesAt } = await proposals.propose(facilitator, versionId, inDays(2));
    await proposals.respond(sam, id, { kind: 'agree', reason: '' });
    await proposals.respond(lucy, id, { kind: 'concerns', reason: 'Buses at night' });
    advanceClock(2 * DAY - HOUR);
    expect((await proposals.get(sam, id)).state).toBe('open');
    advanceClock(HOUR);
    await expect(
      proposals.respond(facilitator, id, { kind: 'agree', reason: '' }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });

    const [decided] = await proposals.list(olive, documentId);
    expect(decided).toMatchObject({
      id,
      state: 'agreed',
      decidedAt: closesAt,
      outcome: {
        agreed: true,
        because: 'Nobody disagreed (2 responded).',
        counts: { agree: 1, concerns: 1, disagree: 0, 'more-time': 0 },
        rule: { kind: 'no-one-disagrees' },
      },
      responses: [
        { userId: sam.userId, kind: 'agree' },
        { userId: lucy.userId, kind: 'concerns', reason: 'Buses at night' },
      ],
    });
    const version = await server.store.versions.getVersion(versionId);
    expect(version?.agreement?.how).toMatchObject({
      proposalId: id,
      rule: { kind: 'no-one-disagrees' },
      counts: { agree: 1, concerns: 1 },
      responses: 2,
      tookPart: [
        { userId: sam.userId, kind: 'agree' },
        { userId: lucy.userId, kind: 'concerns' },
      ],
    });
    expect(await server.store.versions.deleteVersion(versionId)).toBe(false);
    const audit = (await server.app.audit.list({ workspaceId })).map((entry) => entry.action);
    expect(audit).toEqual(
      expect.arrayContaining([
        'proposal.opened',
        'proposal.responded',
        'proposal.decided',
        'version.agreed',
      ]),
    );
  });

  it('is decided by the sweep with nobody reading, by the workspace’s share rule', async () => {
    const settings = await server.api.request('PUT', `/api/workspaces/${workspaceId}/settings`, {
      agreementRule: { kind: 'share', percent: 75 },
    });
    expect(settings.status).toBe(200);
    const { id } = await proposals.propose(facilitator, versionId, inDays(1));
    await proposals.respond(sam, id, { kind: 'agree', reason: '' });
    await proposals.respond(lucy, id, { kind: 'disagree', reason: 'Not yet' });
    expect(await proposals.closeDue()).toBe(0);
    advanceClock(DAY);
    expect(await proposals.closeDue()).toBe(1);
    expect(await proposals.closeDue()).toBe(0);
    const stored = await server.store.proposals.getProposal(id);
    expect(stored).toMatchObject({
      state: 'not-agreed',
      outcome: {
        agreed: false,
        because: '50% of those who responded agreed; the rule needs 75%.',
        rule: { kind: 'share', percent: 75 },
      },
    });
    expect((await server.store.versions.getVersion(versionId))?.agreement).toBeNull();
  });

  it('agrees by the share rule when enough of those responding agree', async () => {
    await server.api.request('PUT', `/api/workspaces/${workspaceId}/settings`, {
      agreementRule: { kind: 'share', percent: 60 },
    });
    const { id } = await proposals.propose(facilitator, versionId, inDays(1));
    await proposals.respond(sam, id, { kind: 'agree', reason: '' });
    await proposals.respond(lucy, id, { kind: 'concerns', reason: 'Buses' });
    await proposals.respond(facilitator, id, { kind: 'more-time', reason: '' });
    advanceClock(DAY);
    expect(await proposals.closeDue()).toBe(1);
    expect((await server.store.versions.getVersion(versionId))?.agreement?.how).toMatchObject({
      proposalId: id,
      because: '67% of those who responded agreed; the rule needs 60%.',
    });
  });
});
