// Public consultations over REST, with a real server: who may publish, moderate and mark
// outcomes (facilitators of the consultation's own workspace only); what the public sees and
// may send without signing in; closing by hand and by the date; retention of contact details.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ConsultationDetails,
  ConsultationSummary,
  PublicConsultation,
  PublicConsultationList,
} from '@roundtable/shared/protocol/consultations';
import { ErrorBody } from '@roundtable/shared/protocol/errors';
import { versionWithWords } from '../testing/consultation-fixtures.ts';
import { personApi, startTestServer, type TestApi, type TestServer } from '../testing/harness.ts';
import { defaultBudgets } from '../limits/request-limits.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('REST: public consultations', () => {
  let server: TestServer;
  let ids: Awaited<ReturnType<typeof versionWithWords>>;
  let member: TestApi;
  let anyone: TestApi;
  const closesAt = () => new Date(Date.now() + 7 * DAY_MS).toISOString();
  const publish = (api: TestApi = server.api, versionId = ids.versionId) =>
    api.request('POST', `/api/workspaces/${ids.workspaceId}/consultations`, {
      versionId,
      introduction: 'We want to know what you think about getting about.',
      closesAt: closesAt(),
    });
  const published = async () => ConsultationSummary.parse((await publish()).body);
  const errorOf = (response: { status: number; body: unknown }, status: number) => {
    expect(response.status).toBe(status);
    return ErrorBody.parse(response.body).error;
  };
  const comment = (id: string, body: Record<string, unknown>) =>
    anyone.request('POST', `/api/public/consultations/${id}/comments`, body);
  const publicView = async (id: string) =>
    PublicConsultation.parse((await anyone.request('GET', `/api/public/consultations/${id}`)).body);
  const details = async (id: string, api = server.api) =>
    ConsultationDetails.parse((await api.request('GET', `/api/consultations/${id}`)).body);

  beforeEach(async () => {
    server = await startTestServer();
    ids = await versionWithWords(server);
    member = await personApi(server, ids.workspaceId, 'Mo', 'member');
    anyone = server.api.as(null);
  });
  afterEach(() => server.close());

  it('publishes a version paragraph by paragraph, once, for anyone to read without signing in', async () => {
    const consultation = await published();
    expect(consultation).toMatchObject({ status: 'open', title: 'Our Strategy' });
    const view = await publicView(consultation.id);
    expect(view.blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Getting about' },
      { kind: 'paragraph', text: 'Buses should be free.' },
      { kind: 'paragraph', text: 'Trains need ramps.' },
    ]);
    expect(view).toMatchObject({ status: 'open', moderated: true, easyRead: null, comments: [] });
    const open = await member.request(
      'GET',
      `/api/workspaces/${ids.workspaceId}/open-consultations`,
    );
    expect(PublicConsultationList.parse(open.body).map((c) => c.id)).toEqual([consultation.id]);
    expect(errorOf(await publish(), 409).message).toMatch(/already out for public comment/);
    // The workspace's public page lists it.
    const page = await server.api.request('PUT', `/api/workspaces/${ids.workspaceId}/public-page`, {
      published: true,
      slug: 'transport-forum',
      text: { whoWeAre: 'We are', whatWeDo: 'We do', howToJoin: 'Ask us', easyRead: [] },
    });
    expect(page.status).toBe(200);
    const shown = await anyone.request('GET', '/api/public-pages/transport-forum');
    expect(shown.body.consultations).toEqual([
      { id: consultation.id, title: 'Our Strategy', closesAt: consultation.closesAt },
    ]);
    const audit = await server.store.identity.listAudit({
      workspaceId: ids.workspaceId,
      limit: 50,
    });
    expect(audit.map((entry) => entry.action)).toContain('consultation.published');
  });

  it('lets only a facilitator of the workspace publish, and only its own versions', async () => {
    const observer = await personApi(server, ids.workspaceId, 'Obi', 'observer');
    expect((await publish(member)).status).toBe(403);
    expect((await publish(observer)).status).toBe(403);
    expect((await publish(anyone)).status).toBe(401);
    const other = await versionWithWords(server);
    const otherFacilitator = await personApi(server, other.workspaceId, 'Fay', 'facilitator');
    expect((await publish(otherFacilitator)).status).toBe(403);
    errorOf(await publish(server.api, other.versionId), 404);
  });

  it('refuses a facilitator of another workspace, and a comment named under another consultation', async () => {
    const { id } = await published();
    await comment(id, { paragraph: 1, body: 'Mine.' });
    const [mine] = (await details(id)).comments;
    const other = await versionWithWords(server);
    const theirs = ConsultationSummary.parse(
      (
        await server.api.request('POST', `/api/workspaces/${other.workspaceId}/consultations`, {
          versionId: other.versionId,
          introduction: 'Tell us.',
          closesAt: closesAt(),
        })
      ).body,
    );
    const otherFacilitator = await personApi(server, other.workspaceId, 'Fay', 'facilitator');
    const approve = (consultationId: string, api: TestApi) =>
      api.request('POST', `/api/consultations/${consultationId}/comments/${mine!.id}/moderation`, {
        decision: 'approve',
      });
    expect((await approve(id, otherFacilitator)).status).toBe(403);
    expect((await otherFacilitator.request('GET', `/api/consultations/${id}`)).status).toBe(403);
    expect((await otherFacilitator.request('POST', `/api/consultations/${id}/close`)).status).toBe(
      403,
    );
    // Their own consultation's path does not reach a comment of another one.
    errorOf(await approve(theirs.id, otherFacilitator), 404);
    expect((await details(id)).comments[0]?.state).toBe('pending');
  });

  it('keeps comments for a facilitator first, then shows the approved one under its paragraph', async () => {
    const { id } = await published();
    const sent = await comment(id, {
      paragraph: 1,
      body: 'Free buses would help me.',
      name: 'Ann',
    });
    expect(sent).toMatchObject({ status: 201, body: { state: 'pending' } });
    await comment(id, { paragraph: 2, body: 'Rubbish.', contact: 'bob@example.org' });
    expect((await publicView(id)).comments).toEqual([]);
    const queue = await details(id);
    expect(queue.comments.map((c) => [c.state, c.contact])).toEqual([
      ['pending', null],
      ['pending', 'bob@example.org'],
    ]);
    // Members see no queue: only approved comments, without contacts.
    expect((await details(id, member)).comments).toEqual([]);
    const [first, second] = queue.comments;
    const moderate = (commentId: string, body: object, api = server.api) =>
      api.request('POST', `/api/consultations/${id}/comments/${commentId}/moderation`, body);
    expect((await moderate(first!.id, { decision: 'approve' }, member)).status).toBe(403);
    expect((await moderate(first!.id, { decision: 'approve' })).status).toBe(200);
    const rejected = await moderate(second!.id, { decision: 'reject', reason: 'Not about it' });
    expect(rejected.body).toMatchObject({ state: 'rejected', rejectReason: 'Not about it' });
    const shown = await publicView(id);
    expect(shown.comments).toMatchObject([
      { paragraph: 1, body: 'Free buses would help me.', name: 'Ann' },
    ]);
    expect(JSON.stringify(shown)).not.toContain('Not about it');
    expect((await details(id, member)).comments.map((c) => c.body)).toEqual([
      'Free buses would help me.',
    ]);
  });

  it('shows comments at once when the workspace does not moderate them', async () => {
    await server.api.request('PATCH', `/api/workspaces/${ids.workspaceId}/settings`, {
      consultationCommentsModerated: false,
    });
    const { id } = await published();
    expect((await comment(id, { paragraph: 1, body: 'Yes please.' })).body).toEqual({
      state: 'approved',
    });
    expect((await publicView(id)).comments.map((c) => c.body)).toEqual(['Yes please.']);
  });

  it('refuses links, headings, paragraphs that do not exist, and keeps nothing a program sends', async () => {
    const { id } = await published();
    expect(
      errorOf(await comment(id, { paragraph: 1, body: 'See www.spam.example' }), 400).message,
    ).toMatch(/web address/);
    expect(errorOf(await comment(id, { paragraph: 1, body: 'Cheap https://x.y' }), 400).field).toBe(
      'body',
    );
    errorOf(await comment(id, { paragraph: 0, body: 'On the heading' }), 400);
    errorOf(await comment(id, { paragraph: 9, body: 'Nowhere' }), 400);
    errorOf(await comment(id, { paragraph: 1, body: '' }), 400);
    errorOf(await comment(id, { paragraph: 1, body: 'x'.repeat(2001) }), 400);
    expect((await comment(id, { paragraph: 1, body: 'Buy now', website: 'spam' })).status).toBe(
      201,
    );
    expect((await details(id)).comments).toEqual([]);
    errorOf(await comment('no-such-one', { paragraph: 1, body: 'Hello' }), 404);
  });

  it('closes early or by itself at the closing date; then takes no comments and takes outcomes', async () => {
    const early = await published();
    const { id: commentId } = await (async () => {
      await comment(early.id, { paragraph: 1, body: 'Free buses please.' });
      return (await details(early.id)).comments[0]!;
    })();
    await server.api.request(
      'POST',
      `/api/consultations/${early.id}/comments/${commentId}/moderation`,
      {
        decision: 'approve',
      },
    );
    const outcome = (body: object, api = server.api) =>
      api.request('PUT', `/api/consultations/${early.id}/comments/${commentId}/outcome`, body);
    errorOf(await outcome({ outcome: 'changed' }), 409);
    expect((await member.request('POST', `/api/consultations/${early.id}/close`)).status).toBe(403);
    const closed = await server.api.request('POST', `/api/consultations/${early.id}/close`);
    expect(closed.body).toMatchObject({ status: 'closed' });
    expect(errorOf(await comment(early.id, { paragraph: 1, body: 'Late' }), 409).message).toMatch(
      /closed/,
    );
    expect(errorOf(await outcome({ outcome: 'not-taken' }), 400).field).toBe('reason');
    expect((await outcome({ outcome: 'changed' }, member)).status).toBe(403);
    expect((await outcome({ outcome: 'not-taken', reason: 'No money this year' })).status).toBe(
      200,
    );
    expect((await publicView(early.id)).comments[0]).toMatchObject({
      outcome: 'not-taken',
      outcomeReason: 'No money this year',
    });

    const later = await versionWithWords(server);
    const byDate = ConsultationSummary.parse(
      (
        await server.api.request('POST', `/api/workspaces/${later.workspaceId}/consultations`, {
          versionId: later.versionId,
          introduction: 'Tell us.',
          closesAt: closesAt(),
        })
      ).body,
    );
    server.advanceClock(8 * DAY_MS);
    expect((await publicView(byDate.id)).status).toBe('closed');
    errorOf(await comment(byDate.id, { paragraph: 1, body: 'Late' }), 409);
  });

  it('erases a commenter’s name and contact on request, and their contact after the retention period', async () => {
    const { id } = await published();
    await comment(id, {
      paragraph: 1,
      body: 'I use a wheelchair.',
      name: 'Ann',
      contact: 'ann@example.org',
    });
    await comment(id, { paragraph: 2, body: 'Ramps!', name: 'Bo', contact: '0123 456' });
    const [ann, bo] = (await details(id)).comments;
    const erased = await server.api.request(
      'POST',
      `/api/consultations/${id}/comments/${ann!.id}/erasure`,
      {
        removeWords: true,
      },
    );
    expect(erased.body).toMatchObject({
      name: null,
      contact: null,
      erased: true,
      body: 'These words were removed.',
    });
    await server.api.request('POST', `/api/consultations/${id}/close`);
    server.advanceClock(181 * DAY_MS);
    expect((await server.app.retention.sweep()).consultations).toBe(1);
    const after = (await details(id)).comments.find((c) => c.id === bo!.id);
    expect(after).toMatchObject({ name: 'Bo', contact: null });
  });

  it('limits how many comments one address sends', async () => {
    const { id } = await published();
    const answers = [];
    const budget = defaultBudgets.publicForm.comment.points;
    for (let n = 0; n <= budget; n++)
      answers.push((await comment(id, { paragraph: 1, body: `Note ${n}` })).status);
    expect(answers.slice(0, budget).every((status) => status === 201)).toBe(true);
    expect(answers[budget]).toBe(429);
  });
});
