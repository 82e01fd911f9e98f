// Contract cases for the meeting store, run inside storeContract for every store.
import { expect, it } from 'vitest';
import { newMeeting } from '@roundtable/shared/domain/meeting/meeting';
import type { Store } from './ports.ts';

export function meetingContract(getStore: () => Store): void {
  const meeting = async (id: string, startsAt: string) => {
    const store = getStore();
    const workspaceId = `ws-${id}`;
    if (!(await store.workspaces.getWorkspace(workspaceId))) {
      await store.workspaces.createWorkspace({
        id: workspaceId,
        name: 'Board',
        createdAt: new Date(0).toISOString(),
      });
    }
    const state = newMeeting({
      id,
      workspaceId,
      title: `Meeting ${id}`,
      startsAt,
      place: '',
      documentIds: [],
      agenda: [],
    });
    await store.meetings.createMeeting(state);
    return state;
  };

  it('keeps a meeting’s whole state and lists a workspace’s meetings soonest first', async () => {
    const later = await meeting('m-later', '2026-12-02T10:00:00.000Z');
    await getStore().meetings.createMeeting({
      ...later,
      id: 'm-sooner',
      startsAt: '2026-12-01T10:00:00.000Z',
      title: 'Sooner',
    });
    const stored = await getStore().meetings.getMeeting('m-later');
    expect(stored).toEqual({ state: later, version: 1 });
    expect((await getStore().meetings.listMeetings(later.workspaceId)).map((m) => m.title)).toEqual(
      ['Sooner', 'Meeting m-later'],
    );
    expect(await getStore().meetings.getMeeting('missing')).toBeUndefined();
  });

  it('saves a change only on the version it was made from (compare-and-swap)', async () => {
    const state = await meeting('m-cas', '2026-12-01T10:00:00.000Z');
    expect(await getStore().meetings.saveMeeting('m-cas', 1, { ...state, title: 'First' })).toBe(
      true,
    );
    expect(await getStore().meetings.saveMeeting('m-cas', 1, { ...state, title: 'Stale' })).toBe(
      false,
    );
    expect(await getStore().meetings.getMeeting('m-cas')).toMatchObject({
      state: { title: 'First' },
      version: 2,
    });
  });

  it('lets exactly one of two concurrent saves from the same version win', async () => {
    const state = await meeting('m-race', '2026-12-01T10:00:00.000Z');
    const results = await Promise.all([
      getStore().meetings.saveMeeting('m-race', 1, { ...state, title: 'A' }),
      getStore().meetings.saveMeeting('m-race', 1, { ...state, title: 'B' }),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });
}
