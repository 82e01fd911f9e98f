// A seeded fuzzer for the one route anyone may write to without signing in: comments on a public
// consultation. Bodies that are not JSON, wrong types, missing and extra keys, huge and odd
// strings, polluting keys: never a 5xx, a 4xx is always `{ error: { code, message } }`, and
// nothing that was refused is kept. Each request comes from its own address (through a trusted
// proxy), so the per-address limit does not hide the parsing. Replay with the seed it prints.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody } from '@roundtable/shared/protocol/errors';
import { ConsultationSummary } from '@roundtable/shared/protocol/consultations';
import { fuzzBudget, seededRandom } from '../testing/fuzz-budget.ts';
import { arbitraryString, arbitraryValue, pick, pollutingObject } from '../testing/fuzz-values.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';
import { versionWithWords } from '../testing/consultation-fixtures.ts';

const budget = fuzzBudget(4_000);

function spoiledBody(random: () => number): string {
  const good: Record<string, unknown> = { paragraph: 1, body: 'Buses should run later.' };
  const roll = random();
  if (roll < 0.15) return arbitraryString(random);
  if (roll < 0.3) return JSON.stringify(arbitraryValue(random, 4)) ?? 'null';
  if (roll < 0.45) return JSON.stringify({ ...good, ...pollutingObject(random, 3) });
  const key = pick(random, ['paragraph', 'body', 'name', 'contact', 'website', 'extra']);
  return JSON.stringify({ ...good, [key]: arbitraryValue(random, 3) }) ?? 'null';
}

describe(`public comments under random bodies (${budget.replay})`, () => {
  let server: TestServer;
  let consultationId: string;

  beforeAll(async () => {
    server = await startTestServer({ TRUST_PROXY: 'loopback' });
    const { workspaceId, versionId } = await versionWithWords(server);
    const published = await server.api.request(
      'POST',
      `/api/workspaces/${workspaceId}/consultations`,
      {
        versionId,
        introduction: 'Tell us.',
        closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    );
    consultationId = ConsultationSummary.parse(published.body).id;
  });
  afterAll(() => server.close());

  it('answers every body with a plain error or a receipt, and stays up', async () => {
    const random = seededRandom(budget.seed);
    const deadline = Date.now() + budget.ms;
    let n = 0;
    while (Date.now() < deadline) {
      n++;
      const body = spoiledBody(random);
      const response = await fetch(
        `${server.origin}/api/public/consultations/${consultationId}/comments`,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-forwarded-for': `10.0.${n >> 8}.${n & 255}`,
          },
          body,
        },
      );
      const text = await response.text();
      expect(response.status, `${budget.replay}: ${body.slice(0, 200)}`).toBeLessThan(500);
      if (response.status >= 400) {
        expect(ErrorBody.safeParse(JSON.parse(text)).success, text).toBe(true);
      }
    }
    const health = await fetch(`${server.origin}/healthz`);
    expect(health.status).toBe(200);
    const kept = await server.store.consultations.listComments(consultationId);
    expect(kept.every((comment) => comment.body.length <= 2000)).toBe(true);
  });
});
