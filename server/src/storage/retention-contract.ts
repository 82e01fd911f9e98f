// Contract cases for retention (issue 13), run inside storeContract for every store: when people
// last signed in, deleting old audit entries and nothing else, paging through every meeting, and
// keeping a meeting whose access needs were removed. Times come from the cases, never a clock.
import { expect, it } from 'vitest';
import { withoutAccessNeeds } from '@roundtable/shared/domain/meeting/access-needs';
import { newMeeting, type MeetingState } from '@roundtable/shared/domain/meeting/meeting';
import { at, identityFixtures } from './identity-fixtures.ts';
import type { Store } from './ports.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export function retentionContract(getStore: () => Store): void {
  const { newUser, newWorkspace, session } = identityFixtures(getStore);

  const meeting = async (id: string, workspaceId: string): Promise<MeetingState> => {
    const state = newMeeting({
      id,
      workspaceId,
      title: `Meeting ${id}`,
      startsAt: '2026-12-01T10:00:00.000Z',
      place: 'County Hall',
      documentIds: [],
      agenda: [],
    });
    await getStore().meetings.createMeeting(state);
    return state;
  };

  it('records a sign-in when a session starts, and lists people unseen since a time, longest first', async () => {
    const { identity } = getStore();
    const amara = await newUser({ createdAt: at(0) });
    const ben = await newUser({ name: 'Ben Hughes', createdAt: at(0) });
    const chidi = await newUser({ name: 'Chidi Obi', createdAt: at(5) });
    await identity.createSession({ ...session(amara.id, 'amara-1'), createdAt: at(2) });
    await identity.createSession({ ...session(amara.id, 'amara-2'), createdAt: at(10) });
    await identity.createSession({ ...session(ben.id, 'ben-1'), createdAt: at(40) });

    const unseen = await identity.listInactivePeople(at(20), 10);
    // Chidi never signed in: his account's creation counts. Ben signed in after the time.
    expect(unseen.map((p) => [p.user.name, p.lastSignedInAt])).toEqual([
      [chidi.name, null],
      [amara.name, at(10)],
    ]);
    expect((await identity.listInactivePeople(at(20), 1)).map((p) => p.user.id)).toEqual([
      chidi.id,
    ]);
    expect(await identity.lastSignInOf(amara.id)).toBe(at(10));
    expect(await identity.lastSignInOf(chidi.id)).toBeNull();
    // Sessions ending do not undo a sign-in.
    await identity.deleteSessionsOf(ben.id);
    expect(await identity.listInactivePeople(at(40), 10)).toHaveLength(2);
    expect((await identity.listInactivePeople(at(41), 10)).map((p) => p.user.id)).toContain(ben.id);
  });

  it('deletes audit entries made before a time, oldest first, a batch at a time, but the kept kinds and nothing else', async () => {
    const { identity } = getStore();
    const amara = await newUser();
    const entry = (minute: number, action: string) => ({
      at: at(minute),
      actorId: amara.id,
      workspaceId: null,
      action,
      subject: null,
      details: {},
    });
    await identity.appendAudit(entry(0, 'person.erased'));
    await identity.appendAudit(entry(1, 'old.first'));
    await identity.appendAudit(entry(2, 'old.second'));
    await identity.appendAudit(entry(30, 'recent'));
    const keep = ['person.erased'];

    expect(await identity.deleteAuditBefore(at(10), 1, keep)).toBe(1);
    expect((await identity.listAudit({ limit: 10 })).map((e) => e.action)).toEqual([
      'recent',
      'old.second',
      'person.erased',
    ]);
    expect(await identity.deleteAuditBefore(at(10), 100, keep)).toBe(1);
    expect(await identity.deleteAuditBefore(at(10), 100, keep)).toBe(0);
    expect((await identity.listAudit({ limit: 10 })).map((e) => e.action)).toEqual([
      'recent',
      'person.erased',
    ]);
    expect(await identity.deleteAuditBefore(at(10), 100, [])).toBe(1);
    expect(await identity.getUser(amara.id)).toMatchObject({ name: amara.name });
  });

  it('pages through every workspace’s meetings by id', async () => {
    const board = await newWorkspace('Board');
    const forum = await newWorkspace('Forum');
    await meeting('m-c', forum);
    await meeting('m-a', board);
    await meeting('m-b', board);
    const { meetings } = getStore();
    const first = await meetings.listMeetingsPage({ afterId: null, limit: 2 });
    expect(first.map((m) => m.id)).toEqual(['m-a', 'm-b']);
    const next = await meetings.listMeetingsPage({ afterId: 'm-b', limit: 2 });
    expect(next.map((m) => m.id)).toEqual(['m-c']);
  });

  it('keeps a meeting whose access needs were removed, with the note of when', async () => {
    const board = await newWorkspace('Board');
    const scheduled = await meeting('m-needs', board);
    const endedAt = Date.parse('2026-12-01T12:00:00.000Z');
    const ended: MeetingState = {
      ...scheduled,
      status: { phase: 'ended', startedAt: endedAt - 3_600_000, endedAt },
      rsvps: { amara: { answer: 'yes', needs: ['A hearing loop'], notes: 'By wheelchair bus' } },
    };
    const { meetings } = getStore();
    expect(await meetings.saveMeeting('m-needs', 1, ended)).toBe(true);
    const later = endedAt + 31 * DAY_MS;
    const removed = withoutAccessNeeds(ended, later, 30);
    expect(await meetings.saveMeeting('m-needs', 2, removed)).toBe(true);
    const stored = await meetings.getMeeting('m-needs');
    expect(stored?.state.rsvps).toEqual({ amara: { answer: 'yes', needs: [], notes: '' } });
    expect(stored?.state.accessNeedsRemoved).toEqual({ at: later, afterDays: 30 });
    expect(JSON.stringify(stored)).not.toContain('hearing loop');
  });
}
