// What the public can reach of a consultation, and when: nothing while its draft is in the bin
// (nor the group, and nothing changes; back when it is restored), the version it asks about is kept, the list of open consultations
// only while the public page is on, the numbers of the answers once it has closed, and the
// report once the group has read every comment.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ConsultationDetails,
  PublicConsultationList,
} from '@roundtable/shared/protocol/consultations';
import { QuestionResultsList } from '@roundtable/shared/protocol/consultation-questions';
import { publishedConsultation, storeVersion } from '../testing/consultation-fixtures.ts';
import { defaultBudgets } from '../limits/request-limits.ts';
import { personApi, startTestServer, type TestApi, type TestServer } from '../testing/harness.ts';
import { pageText, publishPage } from '../testing/recruiting-fixtures.ts';

describe('REST: what the public can reach of a consultation', () => {
  let server: TestServer;
  let ids: Awaited<ReturnType<typeof publishedConsultation>>;
  let anyone: TestApi;
  const publicPaths = () => {
    const id = ids.consultationId;
    return [
      `/api/public/consultations/${id}`,
      `/api/public/consultations/${id}/questions`,
      `/api/public/consultations/${id}/report`,
    ];
  };
  const comment = (body = 'Please make the buses free.') =>
    anyone.request('POST', `/api/public/consultations/${ids.consultationId}/comments`, {
      paragraph: 1,
      body,
    });
  const askAgree = async () =>
    (
      await server.api.request('POST', `/api/consultations/${ids.consultationId}/questions`, {
        kind: 'agree',
        paragraph: 1,
        prompt: 'Should buses be free?',
      })
    ).body as { id: string };
  const answer = (questionId: string) =>
    anyone.request(
      'POST',
      `/api/public/consultations/${ids.consultationId}/questions/${questionId}/answers`,
      { answer: 'agree' },
    );
  const openList = async (api: TestApi) =>
    api.request('GET', `/api/workspaces/${ids.workspaceId}/open-consultations`);

  beforeEach(async () => {
    server = await startTestServer();
    ids = await publishedConsultation(server);
    anyone = server.api.as(null);
  });
  afterEach(() => server.close());

  it('is gone from the public while its draft is in the bin, and back when it is restored', async () => {
    const question = await askAgree();
    await publishPage(server.api, ids.workspaceId, 'forum');
    expect((await anyone.request('GET', publicPaths()[0]!)).status).toBe(200);
    expect((await server.api.request('DELETE', `/api/documents/${ids.documentId}`)).status).toBe(
      200,
    );

    const unknown = await anyone.request('GET', '/api/public/consultations/no-such-consultation');
    for (const path of publicPaths()) {
      expect(await anyone.request('GET', path), path).toMatchObject({
        status: 404,
        body: unknown.body,
      });
    }
    expect((await comment()).status).toBe(404);
    expect((await answer(question.id)).status).toBe(404);
    expect(PublicConsultationList.parse((await openList(anyone)).body)).toEqual([]);
    const page = (await anyone.request('GET', '/api/public-pages/forum')).body as {
      consultations: unknown[];
    };
    expect(page.consultations).toEqual([]);
    // Like the draft, it is gone from the group's pages too, and nothing about it changes.
    const member = await personApi(server, ids.workspaceId, 'Mo', 'member');
    const inside = `/api/consultations/${ids.consultationId}`;
    for (const path of [inside, `${inside}/questions`, `${inside}/report`]) {
      expect((await member.request('GET', path)).status, path).toBe(404);
    }
    const listed = await member.request('GET', `/api/workspaces/${ids.workspaceId}/consultations`);
    expect(listed.body).toEqual([]);
    expect((await member.request('POST', `${inside}/close`)).status).toBe(404);
    const closed = await server.api.request('POST', `${inside}/close`);
    expect(closed.status).toBe(409);
    expect(JSON.stringify(closed.body)).toMatch(/Restore it first/);
    const asked = await server.api.request('POST', `${inside}/questions`, {
      kind: 'agree',
      paragraph: 1,
      prompt: 'In the bin?',
    });
    expect(asked.status).toBe(409);

    await server.api.request('POST', `/api/documents/${ids.documentId}/restore`);
    expect((await anyone.request('GET', publicPaths()[0]!)).status).toBe(200);
    expect((await comment()).status).toBe(201);
    expect(PublicConsultationList.parse((await openList(anyone)).body)).toHaveLength(1);
    expect((await member.request('GET', inside)).status).toBe(200);
  });

  it('keeps the version it asks about: deleting it is refused, another version goes', async () => {
    const refused = await server.api.request('DELETE', `/api/versions/${ids.versionId}`);
    expect(refused.status).toBe(409);
    expect(JSON.stringify(refused.body)).toMatch(/public comment/);
    expect((await server.api.request('GET', `/api/versions/${ids.versionId}`)).status).toBe(200);
    const other = await storeVersion(server, ids.documentId, 'Later', ['Trains too.']);
    expect((await server.api.request('DELETE', `/api/versions/${other}`)).status).toBe(204);
  });

  it('lists open consultations to anyone only while the public page is on', async () => {
    const off = await openList(anyone);
    const unknown = await anyone.request('GET', '/api/public-pages/no-such-page');
    expect(off).toMatchObject({ status: 404, body: unknown.body });
    const member = await personApi(server, ids.workspaceId, 'Mo', 'member');
    expect(PublicConsultationList.parse((await openList(member)).body)).toHaveLength(1);
    await publishPage(server.api, ids.workspaceId, 'forum');
    expect(PublicConsultationList.parse((await openList(anyone)).body)).toHaveLength(1);
    await server.api.request('PUT', `/api/workspaces/${ids.workspaceId}/public-page`, {
      ...{ published: false, slug: 'forum', text: pageText },
    });
    expect((await openList(anyone)).status).toBe(404);
  });

  it('shows the public how many gave each answer only once it has closed', async () => {
    const question = await askAgree();
    expect((await answer(question.id)).status).toBe(204);
    const publicCounts = async () =>
      QuestionResultsList.parse(
        (await anyone.request('GET', publicPaths()[1]!)).body,
      )[0]!.counts.map((c) => c.count);
    expect(await publicCounts()).toEqual([null, null, null]);
    // The group sees the numbers as they come.
    const members = QuestionResultsList.parse(
      (await server.api.request('GET', `/api/consultations/${ids.consultationId}/questions`)).body,
    );
    expect(members[0]!.counts.map((c) => c.count)).toEqual([1, 0, 0]);
    await server.api.request('POST', `/api/consultations/${ids.consultationId}/close`);
    expect(await publicCounts()).toEqual([1, 0, 0]);
  });

  it('releases the public report only once the group has read every comment', async () => {
    expect((await comment()).status).toBe(201);
    await server.api.request('POST', `/api/consultations/${ids.consultationId}/close`);
    const report = () => fetch(`${server.origin}${publicPaths()[2]!}`);
    const early = await report();
    expect(early.status).toBe(409);
    expect(await early.text()).toMatch(/read the comments/);
    const [pending] = ConsultationDetails.parse(
      (await server.api.request('GET', `/api/consultations/${ids.consultationId}`)).body,
    ).comments;
    await server.api.request(
      'POST',
      `/api/consultations/${ids.consultationId}/comments/${pending!.id}/moderation`,
      { decision: 'approve' },
    );
    const ready = await report();
    expect(ready.status).toBe(200);
    expect(await ready.text()).toContain('We have not decided about this yet.');
    // Kept once made, and made again when the group marks what the comment led to.
    await server.api.request(
      'PUT',
      `/api/consultations/${ids.consultationId}/comments/${pending!.id}/outcome`,
      { outcome: 'changed' },
    );
    expect(await (await report()).text()).not.toContain('We have not decided about this yet.');
  });

  it('limits how many reports one address downloads', async () => {
    await server.api.request('POST', `/api/consultations/${ids.consultationId}/close`);
    const budget = defaultBudgets.publicForm.report.points;
    const statuses = [];
    let last: Response | undefined;
    for (let n = 0; n <= budget; n++) {
      last = await fetch(`${server.origin}${publicPaths()[2]!}`);
      statuses.push(last.status);
    }
    expect(statuses.slice(0, budget).every((status) => status === 200)).toBe(true);
    expect(statuses[budget]).toBe(429);
    expect(Number(last?.headers.get('Retry-After'))).toBeGreaterThan(0);
    // Reading the consultation itself is not counted.
    expect((await anyone.request('GET', publicPaths()[0]!)).status).toBe(200);
  });

  it("keeps commenters' contacts and the queue from an administrator outside the workspace", async () => {
    const fay = await personApi(server, ids.workspaceId, 'Fay', 'facilitator');
    const theirs = await publishedConsultation(server, fay);
    await anyone.request('POST', `/api/public/consultations/${theirs.consultationId}/comments`, {
      ...{ paragraph: 1, body: 'Buses at night, please.', contact: 'cee@example.org' },
    });
    const path = `/api/consultations/${theirs.consultationId}`;
    const byFay = ConsultationDetails.parse((await fay.request('GET', path)).body);
    expect(byFay.comments[0]).toMatchObject({ contact: 'cee@example.org', state: 'pending' });
    // server.api is an administrator, not a member of Fay's new workspace.
    const byAdmin = ConsultationDetails.parse((await server.api.request('GET', path)).body);
    expect(byAdmin).toMatchObject({ mayRun: false, comments: [] });
    const moderated = await server.api.request(
      'POST',
      `${path}/comments/${byFay.comments[0]!.id}/moderation`,
      { decision: 'approve' },
    );
    expect(moderated.status).toBe(403);
    // Nor may they let the public's comments show unread.
    const settings = `/api/workspaces/${theirs.workspaceId}/settings`;
    const off = await server.api.request('PATCH', settings, {
      consultationCommentsModerated: false,
    });
    expect(off.status).toBe(403);
    expect(JSON.stringify(off.body)).toMatch(/facilitators can run its consultations/);
    expect(
      (await fay.request('PATCH', settings, { consultationCommentsModerated: false })).status,
    ).toBe(200);
    // Other settings stay theirs to change.
    expect(
      (await server.api.request('PATCH', settings, { observersMayComment: true })).status,
    ).toBe(200);
  });
});
