// Questions on a consultation's paragraphs over REST: a facilitator asks whether people agree
// with a paragraph; anyone answers; the public sees the counts, members also the reasons.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  QuestionResults,
  QuestionResultsList,
} from '@roundtable/shared/protocol/consultation-questions';
import { ConsultationSummary } from '@roundtable/shared/protocol/consultations';
import { versionWithWords } from '../testing/consultation-fixtures.ts';
import { personApi, startTestServer, type TestApi, type TestServer } from '../testing/harness.ts';

describe('REST: questions on a consultation', () => {
  let server: TestServer;
  let consultationId: string;
  let member: TestApi;
  let anyone: TestApi;

  beforeEach(async () => {
    server = await startTestServer();
    const { workspaceId, versionId } = await versionWithWords(server);
    member = await personApi(server, workspaceId, 'Mo', 'member');
    anyone = server.api.as(null);
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
  afterEach(() => server.close());

  const ask = (api: TestApi, body: object) =>
    api.request('POST', `/api/consultations/${consultationId}/questions`, body);
  const answer = (questionId: string, body: object) =>
    anyone.request(
      'POST',
      `/api/public/consultations/${consultationId}/questions/${questionId}/answers`,
      body,
    );

  it('counts agree, disagree and not sure; the reasons only for the group', async () => {
    expect((await ask(member, { paragraph: 1, prompt: 'Do you agree?' })).status).toBe(403);
    expect((await ask(server.api, { paragraph: 0, prompt: 'On a heading?' })).status).toBe(400);
    const asked = await ask(server.api, {
      paragraph: 1,
      prompt: 'Do you agree that buses should be free?',
    });
    expect(asked.status).toBe(201);
    const { id } = QuestionResults.parse(asked.body);
    expect((await answer(id, { answer: 'agree' })).status).toBe(204);
    expect((await answer(id, { answer: 'disagree', reason: 'It costs too much.' })).status).toBe(
      204,
    );
    expect((await answer(id, { answer: 'unsure', reason: 'See www.spam.example' })).status).toBe(
      400,
    );
    expect((await answer(id, { answer: 'maybe' })).status).toBe(400);
    expect((await answer(id, { answer: 'agree', website: 'bot' })).status).toBe(204);
    expect((await answer('no-such-question', { answer: 'agree' })).status).toBe(404);

    const counts = { agree: 1, disagree: 1, unsure: 0 };
    const shown = await anyone.request(
      'GET',
      `/api/public/consultations/${consultationId}/questions`,
    );
    expect(QuestionResultsList.parse(shown.body)).toEqual([
      {
        id,
        paragraph: 1,
        prompt: 'Do you agree that buses should be free?',
        counts,
        reasons: null,
      },
    ]);
    const inside = await member.request('GET', `/api/consultations/${consultationId}/questions`);
    expect(QuestionResultsList.parse(inside.body)[0]?.reasons).toEqual([
      { answer: 'disagree', reason: 'It costs too much.' },
    ]);

    await server.api.request('POST', `/api/consultations/${consultationId}/close`);
    expect((await answer(id, { answer: 'agree' })).status).toBe(409);
    expect((await ask(server.api, { paragraph: 1, prompt: 'Later?' })).status).toBe(409);
  });
});
