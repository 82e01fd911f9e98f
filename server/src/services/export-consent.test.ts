// Being named in the co-production record is a person's own choice: asked when they join with an
// invite link, changed in My profile. An export names only the people who said yes, and counts
// the others without naming them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newMeeting } from '@roundtable/shared/domain/meeting/meeting';
import { startTestServer, type TestServer } from '../testing/harness.ts';

describe('the co-production record names only people who said yes', () => {
  let server: TestServer;
  let documentId: string;
  let workspaceId: string;
  let invitePath: string;

  const join = async (name: string, nameInRecord: boolean) => {
    const token = invitePath.split('/').pop() ?? '';
    const response = await fetch(`${server.origin}/api/invites/${token}/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.origin },
      body: JSON.stringify({ name, nameInRecord }),
    });
    expect(response.status).toBe(200);
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const me = (await response.json()) as { profile: { nameInRecord: boolean } };
    expect(me.profile.nameInRecord).toBe(nameInRecord);
    return cookie;
  };
  const record = async () => {
    const response = await fetch(
      `${server.origin}/api/documents/${documentId}/export?format=md&record=1`,
      { headers: { authorization: `Bearer ${server.adminToken}` } },
    );
    expect(response.status).toBe(200);
    const text = await response.text();
    return text.slice(text.indexOf('Co-production record'));
  };

  beforeAll(async () => {
    server = await startTestServer();
    const created = await server.api.createDocument('Day Services Plan');
    documentId = created.id;
    workspaceId = created.workspaceId;
    const invite = await server.api.request(
      'POST',
      `/api/workspaces/${created.workspaceId}/invites`,
      { role: 'member' },
    );
    invitePath = new URL(invite.body.url as string).pathname;
  });
  afterAll(async () => {
    await server.close();
  });

  it('names Sam, who said yes, and not Bea, who said no, until she changes her mind', async () => {
    await join('Sam Yesworth', true);
    const bea = await join('Bea Nohaven', false);
    const before = await record();
    expect(before).toContain('Sam Yesworth');
    expect(before).not.toContain('Bea Nohaven');
    // The administrator made the workspace and has not said yes either.
    expect(before).toContain('2 people chose not to be named.');

    const changed = await fetch(`${server.origin}/api/me`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', origin: server.origin, cookie: bea },
      body: JSON.stringify({ nameInRecord: true }),
    });
    expect(changed.status).toBe(200);
    const after = await record();
    expect(after).toContain('Bea Nohaven');
    expect(after).toContain('1 person chose not to be named.');
  });

  it('does not name someone who said no in the actions and decisions a facilitator typed', async () => {
    await join('Cy Quietly', false);
    const meeting = newMeeting({
      id: 'consent-meeting',
      workspaceId,
      title: 'Board',
      startsAt: '2026-12-01T10:00:00Z',
      place: 'Town hall',
      documentIds: [documentId],
      agenda: [],
    });
    await server.store.meetings.createMeeting({
      ...meeting,
      status: { phase: 'ended', startedAt: 1, endedAt: 2 },
      decisions: [
        {
          id: 'd1',
          text: 'Cy Quietly will ask the bus company',
          pollId: null,
          agendaItemId: null,
          recordedAt: 1,
          recordedBy: server.adminId,
        },
      ],
      actions: [
        {
          id: 'a1',
          what: 'Book the room',
          who: 'cy quietly',
          due: null,
          status: 'open',
          createdAt: 1,
        },
      ],
    });
    const shown = await record();
    expect(shown).not.toMatch(/cy quietly/i);
    expect(shown).toContain('Who: a member of the group.');
    expect(shown).toContain('a member of the group will ask the bus company');
  });
});
