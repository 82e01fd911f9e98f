// The public booking endpoint under malformed bodies: whatever anyone sends, the answer is a
// JSON refusal or a booking, never a 5xx, and the event is never booked past its places.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody } from '@roundtable/shared/protocol/errors';
import { fuzzBudget, seededRandom } from '../testing/fuzz-budget.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';
import { mutate, safeJson } from '../testing/rest-fuzz-requests.ts';

const budget = fuzzBudget(4_000);
const CAPACITY = 3;

describe(`the public booking endpoint under malformed bodies (${budget.replay})`, () => {
  let server: TestServer;
  let path: string;

  beforeAll(async () => {
    server = await startTestServer();
    const workspace = await server.api.request('POST', '/api/workspaces', { name: 'Forum' });
    const workspaceId = (workspace.body as { id: string }).id;
    const meeting = await server.api.request('POST', `/api/workspaces/${workspaceId}/meetings`, {
      title: 'Launch',
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const event = await server.api.request(
      'PUT',
      `/api/meetings/${(meeting.body as { id: string }).id}/public-event`,
      {
        title: 'Launch',
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        endsAt: new Date(Date.now() + 90_000_000).toISOString(),
        place: 'Town Hall',
        venue: { stepFree: true, hearingLoop: false, quietRoom: false, parking: false, other: '' },
        whatToExpect: '',
        capacity: CAPACITY,
      },
    );
    path = `/api/public/events/${(event.body as { event: { id: string } }).event.id}/bookings`;
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers every body with JSON, never a server error, and never overbooks', async () => {
    const random = seededRandom(budget.seed);
    const valid = { name: 'Ana', email: 'ana@example.org', places: 1, accessNeeds: '' };
    const deadline = Date.now() + budget.ms;
    let sent = 0;
    // The booking budget is 20 an hour per address: the fuzzer stays within it.
    while (Date.now() < deadline && sent < 19) {
      const body = mutate(random, valid);
      const response = await fetch(server.origin + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: typeof body === 'string' ? body : safeJson(body),
      });
      sent += 1;
      expect(response.status, budget.replay).toBeLessThan(500);
      const answer = (await response.json()) as unknown;
      if (response.status >= 400)
        expect(ErrorBody.safeParse(answer).success, budget.replay).toBe(true);
    }
    const event = await server.api.request('GET', path.replace(/\/bookings$/, ''));
    expect((event.body as { placesLeft: number }).placesLeft).toBeGreaterThanOrEqual(0);
    const stored = await server.store.events.listBookings(path.split('/')[4] ?? '');
    const taken = stored.filter((b) => b.status === 'confirmed').reduce((s, b) => s + b.places, 0);
    expect(taken).toBeLessThanOrEqual(CAPACITY);
  });
});
