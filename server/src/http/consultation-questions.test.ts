// Questions on a consultation's paragraphs over REST: a facilitator asks whether people agree
// with a paragraph, or a choice or a scale question; anyone answers; the public sees the counts, members also the reasons.
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
    expect(
      (await ask(member, { kind: 'agree', paragraph: 1, prompt: 'Do you agree?' })).status,
    ).toBe(403);
    expect(
      (await ask(server.api, { kind: 'agree', paragraph: 0, prompt: 'On a heading?' })).status,
    ).toBe(400);
    const asked = await ask(server.api, {
      kind: 'agree',
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

    const counts = [
      { key: 'agree', label: 'I agree', count: 1 },
      { key: 'disagree', label: 'I disagree', count: 1 },
      { key: 'unsure', label: 'I am not sure', count: 0 },
    ];
    const shown = await anyone.request(
      'GET',
      `/api/public/consultations/${consultationId}/questions`,
    );
    // The public sees the question, and its numbers only once it has closed.
    expect(QuestionResultsList.parse(shown.body)).toEqual([
      {
        id,
        paragraph: 1,
        prompt: 'Do you agree that buses should be free?',
        kind: 'agree',
        counts: counts.map((choice) => ({ ...choice, count: null })),
        reasons: null,
      },
    ]);
    const inside = await member.request('GET', `/api/consultations/${consultationId}/questions`);
    expect(QuestionResultsList.parse(inside.body)[0]).toMatchObject({
      counts,
      reasons: [{ id: expect.any(String), answer: 'I disagree', reason: 'It costs too much.' }],
    });

    await server.api.request('POST', `/api/consultations/${consultationId}/close`);
    expect((await answer(id, { answer: 'agree' })).status).toBe(409);
    expect((await ask(server.api, { kind: 'agree', paragraph: 1, prompt: 'Later?' })).status).toBe(
      409,
    );
    const closed = await anyone.request(
      'GET',
      `/api/public/consultations/${consultationId}/questions`,
    );
    expect(QuestionResultsList.parse(closed.body)[0]).toMatchObject({ counts, reasons: null });
  });

  it('takes one of a few choices, or a place on a scale from 1 to 5', async () => {
    const choice = QuestionResults.parse(
      (
        await ask(server.api, {
          kind: 'choice',
          paragraph: 2,
          prompt: 'Which matters most?',
          options: ['Ramps', 'Staff to help', 'Quiet carriages'],
        })
      ).body,
    );
    const scale = QuestionResults.parse(
      (
        await ask(server.api, {
          kind: 'scale',
          paragraph: 1,
          prompt: 'How much would this help you?',
          low: 'not at all',
          high: 'a lot',
        })
      ).body,
    );
    expect(
      (await ask(server.api, { kind: 'choice', paragraph: 2, prompt: 'One?', options: ['Only'] }))
        .status,
    ).toBe(400);
    expect((await answer(choice.id, { answer: 'c2' })).status).toBe(204);
    expect((await answer(choice.id, { answer: 'c9' })).status).toBe(400);
    expect((await answer(scale.id, { answer: '5', reason: 'I could get to work.' })).status).toBe(
      204,
    );
    expect((await answer(scale.id, { answer: '6' })).status).toBe(400);
    const results = QuestionResultsList.parse(
      (await member.request('GET', `/api/consultations/${consultationId}/questions`)).body,
    );
    expect(results[0]?.counts.map((c) => [c.label, c.count])).toEqual([
      ['Ramps', 0],
      ['Staff to help', 1],
      ['Quiet carriages', 0],
    ]);
    expect(results[1]?.counts.map((c) => [c.label, c.count])).toEqual([
      ['1: not at all', 0],
      ['2', 0],
      ['3', 0],
      ['4', 0],
      ['5: a lot', 1],
    ]);
  });

  it('lets a facilitator remove a reason that should not be kept; the answer still counts', async () => {
    const { id } = QuestionResults.parse(
      (await ask(server.api, { kind: 'agree', paragraph: 1, prompt: 'Agree?' })).body,
    );
    await answer(id, { answer: 'disagree', reason: 'My neighbour John Smith at 4 Elm Road' });
    const results = async () =>
      QuestionResultsList.parse(
        (await member.request('GET', `/api/consultations/${consultationId}/questions`)).body,
      )[0]!;
    const [reason] = (await results()).reasons!;
    const path = `/api/consultations/${consultationId}/questions/${id}/answers/${reason!.id}/reason-erasure`;
    expect((await member.request('POST', path)).status).toBe(403);
    expect(
      (await server.api.request('POST', `${path.replace(id, 'no-such-question')}`)).status,
    ).toBe(404);
    expect((await server.api.request('POST', path)).status).toBe(204);
    expect(await results()).toMatchObject({
      reasons: [],
      counts: [{ count: 0 }, { count: 1 }, { count: 0 }],
    });
    expect((await server.api.request('POST', path)).status).toBe(404);
    const audit = await server.store.identity.listAudit({ limit: 50 });
    expect(audit.filter((entry) => entry.action === 'consultation.reason-erased')).toHaveLength(1);
  });
});
