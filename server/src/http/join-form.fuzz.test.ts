// A seeded fuzzer for the one form anyone may send without signing in: asking to join from a
// public page. It sends valid requests spoiled in every way (missing, extra and polluting keys,
// wrong types, huge strings, bodies that are not JSON, odd contact ways), each from its own
// address so the per-address budget does not hide the answers. For every request: never a 5xx,
// a 4xx is always `{ error: { code, message } }`, and what is stored is only what was valid.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody } from '@roundtable/shared/protocol/errors';
import { JoinRequestBody } from '@roundtable/shared/protocol/recruiting';
import { fuzzBudget, seededRandom } from '../testing/fuzz-budget.ts';
import { arbitraryString, pick } from '../testing/fuzz-values.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';
import { mutate } from '../testing/rest-fuzz-requests.ts';
import { byPost, publishPage } from '../testing/recruiting-fixtures.ts';

const budget = fuzzBudget(4_000);

const contacts = [
  byPost.contact,
  { way: 'email', email: 'jo@example.org' },
  { way: 'phone', phone: '01234 567890' },
  { way: 'supporter', supporterName: 'Pat', supporterContact: 'pat@example.org' },
];

describe(`the join form under random requests (${budget.replay})`, () => {
  let server: TestServer;
  let workspaceId: string;

  beforeAll(async () => {
    server = await startTestServer({ TRUST_PROXY: 'loopback' });
    ({ workspaceId } = await server.api.createDocument());
    await publishPage(server.api, workspaceId, 'fuzz-forum');
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers every malformed request with a 4xx in words, and stores only valid ones', async () => {
    const random = seededRandom(budget.seed);
    const started = Date.now();
    let valid = 0;
    let sent = 0;
    while (Date.now() - started < budget.ms) {
      const form = { ...byPost, contact: pick(random, contacts) };
      if (random() < 0.3) form.name = arbitraryString(random);
      const body = random() < 0.2 ? form : mutate(random, form);
      const raw = typeof body === 'string' ? body : (JSON.stringify(body) ?? '');
      const response = await fetch(`${server.origin}/api/public-pages/fuzz-forum/join-requests`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': `10.0.${sent >> 8}.${sent & 255}`,
        },
        body: raw,
      });
      sent++;
      const where = `${budget.replay}, body ${raw.slice(0, 200)}`;
      expect(response.status, where).toBeLessThan(500);
      const answer: unknown = await response.json();
      if (response.status >= 400) {
        expect(ErrorBody.safeParse(answer).success, where).toBe(true);
      } else {
        expect(response.status, where).toBe(201);
        const parsed = JoinRequestBody.safeParse(body);
        expect(parsed.success, where).toBe(true);
        if (parsed.success && parsed.data.website === '') valid++;
      }
    }
    const stored = await server.store.joinRequests.listJoinRequests(workspaceId);
    expect(stored.length, budget.replay).toBe(valid);
    for (const { name, contact, needs, reason } of stored) {
      expect(JoinRequestBody.safeParse({ name, contact, needs, reason }).success).toBe(true);
    }
  });

  it('refuses more than 20 requests an hour from one address, saying when to try again', async () => {
    const from = { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.7' };
    const answers: number[] = [];
    for (let i = 0; i < 21; i++) {
      const response = await fetch(`${server.origin}/api/public-pages/fuzz-forum/join-requests`, {
        method: 'POST',
        headers: from,
        body: JSON.stringify({ ...byPost, name: `Person ${i}` }),
      });
      answers.push(response.status);
      if (response.status === 429)
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(answers.slice(0, 20).every((status) => status === 201)).toBe(true);
    expect(answers[20]).toBe(429);
  });
});
