// Words that show differently from what was sent are refused on a consultation, as on every
// name and text others see: a commenter's name turned around by a direction override, a hidden
// space inside it, control characters in a contact or a reason, a "reason" that is only a
// zero-width space, the same choice twice.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConsultationDetails } from '@roundtable/shared/protocol/consultations';
import { publishedConsultation } from '../testing/consultation-fixtures.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';

describe('REST: hidden and broken characters on a consultation', () => {
  let server: TestServer;
  let ids: Awaited<ReturnType<typeof publishedConsultation>>;
  const hidden = /hidden or broken characters/;

  beforeEach(async () => {
    server = await startTestServer();
    ids = await publishedConsultation(server);
  });
  afterEach(() => server.close());

  it('refuses them from the public, in words', async () => {
    const comment = (extra: Record<string, string>) =>
      server.api
        .as(null)
        .request('POST', `/api/public/consultations/${ids.consultationId}/comments`, {
          ...{ paragraph: 1, body: 'Buses at night, please.' },
          ...extra,
        });
    const hostile: Record<string, string>[] = [
      { name: '\u202enimda' },
      { name: 'Al\u200bice' },
      { name: 'Bob\nFacilitator' },
      { contact: 'nul\u0000contact' },
      { contact: 'xAl\nice@example.org' },
      { name: 'Al\ufffeice' },
      { name: `Z${'\u0336'.repeat(20)}` },
    ];
    for (const extra of hostile) {
      const answer = await comment(extra);
      expect(answer.status, JSON.stringify(extra)).toBe(400);
      expect(JSON.stringify(answer.body)).toMatch(hidden);
    }
    // A name its own letters, however they were typed: kept composed.
    expect((await comment({ name: 'Zoe\u0308', contact: 'zoe@example.org' })).status).toBe(201);
    const stored = await server.store.consultations.listComments(ids.consultationId);
    expect(stored.at(-1)?.name).toBe('Zo\u00eb');

    const asked = await server.api.request(
      'POST',
      `/api/consultations/${ids.consultationId}/questions`,
      { kind: 'agree', paragraph: 1, prompt: 'Should buses run at night?' },
    );
    const answerPath = `/api/public/consultations/${ids.consultationId}/questions/${asked.body.id as string}/answers`;
    const answered = await server.api
      .as(null)
      .request('POST', answerPath, { answer: 'agree', reason: 'bad\u0000\u0007' });
    expect(answered.status).toBe(400);
  });

  it('refuses them from facilitators too', async () => {
    const path = `/api/consultations/${ids.consultationId}`;
    const twice = await server.api.request('POST', `${path}/questions`, {
      ...{ kind: 'choice', paragraph: 1, prompt: 'Which?', options: ['Buses', 'buses'] },
    });
    expect(twice.status).toBe(400);
    expect(JSON.stringify(twice.body)).toMatch(/only once/);
    for (const options of [
      ['Re\u0301d', 'R\u00e9d'],
      ['Red', '\uff32\uff45\uff44'],
    ]) {
      const alike = await server.api.request('POST', `${path}/questions`, {
        ...{ kind: 'choice', paragraph: 1, prompt: 'Which?', options },
      });
      expect(alike.status, JSON.stringify(options)).toBe(400);
    }
    const turned = await server.api.request('POST', `${path}/questions`, {
      ...{ kind: 'agree', paragraph: 1, prompt: 'Agree?\u202e' },
    });
    expect(turned.status).toBe(400);

    await server.api
      .as(null)
      .request('POST', `/api/public/consultations/${ids.consultationId}/comments`, {
        ...{ paragraph: 1, body: 'Buses at night, please.' },
      });
    await server.api.request('POST', `${path}/close`);
    const [comment] = ConsultationDetails.parse(
      (await server.api.request('GET', path)).body,
    ).comments;
    const blank = await server.api.request('PUT', `${path}/comments/${comment!.id}/outcome`, {
      ...{ outcome: 'not-taken', reason: '\u200b' },
    });
    expect(blank.status).toBe(400);
  });
});
