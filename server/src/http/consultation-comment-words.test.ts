// What someone not signed in may write in a comment on a public consultation: links written so a
// simple check misses them (found by an attack run), text with nothing visible, and control or
// broken characters are refused; ordinary words, line breaks included, are taken.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsultationSummary } from '@roundtable/shared/protocol/consultations';
import { versionWithWords } from '../testing/consultation-fixtures.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';

describe('REST: the words of a public comment', () => {
  let server: TestServer;
  let consultationId: string;
  const comment = (body: string, name?: string) =>
    server.api.as(null).request('POST', `/api/public/consultations/${consultationId}/comments`, {
      paragraph: 1,
      body,
      ...(name === undefined ? {} : { name }),
    });

  beforeAll(async () => {
    server = await startTestServer();
    const ids = await versionWithWords(server);
    const published = await server.api.request(
      'POST',
      `/api/workspaces/${ids.workspaceId}/consultations`,
      {
        versionId: ids.versionId,
        introduction: 'Tell us what you think.',
        closesAt: new Date(Date.now() + 7 * 24 * 3600_000).toISOString(),
      },
    );
    consultationId = ConsultationSummary.parse(published.body).id;
  });
  afterAll(() => server.close());

  it.each([
    'see ｈｔｔｐｓ：／／ｅｖｉｌ．ｃｏｍ',
    'see e\u200bvil\u200b.\u200bcom',
    'see www\u3002evil\u3002com',
    'see \u202emoc.live//:sptth',
    'see evil[.]com',
  ])('refuses a link written around the check: %s', async (body) => {
    const answer = await comment(body);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: { field: 'body' } });
  });

  it('refuses a comment with nothing to see, and control or broken characters', async () => {
    expect((await comment('\u200b\u200b')).status).toBe(400);
    expect((await comment('c6 \u0000 nul')).status).toBe(400);
    expect((await comment('half \ud800 a pair')).status).toBe(400);
    expect((await comment('Fine words', 'Jo\u0007')).status).toBe(400);
  });

  it('takes ordinary words, with line breaks', async () => {
    const answer = await comment('Buses at 6 p.m. would help.\nThank you.', 'Jo');
    expect(answer.status).toBe(201);
  });
});
