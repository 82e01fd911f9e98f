// REST for Easy Read versions over a real server: a facilitator makes the Easy Read version of a
// draft written by a live client (its headings get their section ids), the two are linked both
// ways, and the group checks it page by page: members and observers answer, only facilitators
// start a check and read the results, and the export carries the "Checked by" line.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Role } from '@roundtable/shared/domain/policy';
import { blocksOfState } from '@roundtable/shared/editor/section-blocks';
import { DocumentSummary } from '@roundtable/shared/protocol/documents';
import {
  CheckResults,
  CheckRound,
  CurrentCheckRound,
  EasyReadLinks,
} from '@roundtable/shared/protocol/easy-read';
import { ErrorBody } from '@roundtable/shared/protocol/errors';
import {
  connectClient,
  personApi as memberApi,
  eventually,
  startTestServer,
  whenSynced,
  type TestApi,
  type TestServer,
} from '../testing/harness.ts';

function block(name: string, words: string, level?: number): Y.XmlElement {
  const element = new Y.XmlElement<Record<string, string | number>>(name);
  if (level !== undefined) element.setAttribute('level', level);
  element.insert(0, [new Y.XmlText(words)]);
  return element as unknown as Y.XmlElement;
}

describe('REST: Easy Read versions and checking them', () => {
  let server: TestServer;
  let draftId: string;
  let workspaceId: string;

  const personApi = (name: string, role: Role): Promise<TestApi> =>
    memberApi(server, workspaceId, name, role);
  const expectError = (response: { status: number; body: unknown }, status: number) => {
    expect(response.status).toBe(status);
    expect(ErrorBody.safeParse(response.body).success).toBe(true);
  };
  const stateOf = async (documentId: string): Promise<Uint8Array> => {
    const response = await fetch(`${server.origin}/api/documents/${documentId}/content`, {
      headers: { authorization: `Bearer ${server.adminToken}` },
    });
    return new Uint8Array(await response.arrayBuffer());
  };

  beforeEach(async () => {
    server = await startTestServer();
    ({ id: draftId, workspaceId } = await server.api.createDocument());
    // Written by a plain Yjs client: the headings have no section ids yet.
    const writer = connectClient(server.wsOrigin, draftId, { token: server.adminToken });
    await whenSynced(writer);
    writer.doc
      .getXmlFragment('default')
      .push([
        block('heading', 'Housing', 2),
        block('paragraph', 'We want homes near friends.'),
        block('heading', 'Transport', 2),
        block('paragraph', 'Buses should run late.'),
      ]);
    await eventually(async () => {
      expect(blocksOfState(await stateOf(draftId))).toHaveLength(5);
    });
    writer.destroy();
  });
  afterEach(async () => {
    await server.close();
  });

  it('makes one Easy Read version of a draft, linked both ways, for facilitators only', async () => {
    const member = await personApi('Sam', 'member');
    const observer = await personApi('Olu', 'observer');
    expectError(await member.request('POST', `/api/documents/${draftId}/easy-read`), 403);

    const made = await server.api.request('POST', `/api/documents/${draftId}/easy-read`);
    expect(made.status).toBe(201);
    const easyRead = DocumentSummary.parse(made.body);
    expect(easyRead).toMatchObject({
      workspaceId,
      easyReadOf: draftId,
      title: 'Easy Read: Learning Disability Strategy',
    });
    expectError(await server.api.request('POST', `/api/documents/${draftId}/easy-read`), 409);
    expectError(await server.api.request('POST', `/api/documents/${easyRead.id}/easy-read`), 409);

    // The draft's headings got their ids; each Easy Read section explains one, checked now.
    const draftHeadings = blocksOfState(await stateOf(draftId)).flatMap((b) =>
      b.kind === 'heading' ? [b.link.sectionId] : [],
    );
    expect(draftHeadings.every((id) => typeof id === 'string')).toBe(true);
    const sections = blocksOfState(await stateOf(easyRead.id));
    expect(sections.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Housing'],
      ['paragraph', ''],
      ['heading', 'Transport'],
      ['paragraph', ''],
    ]);
    const first = sections[0];
    expect(first?.kind === 'heading' && first.link).toMatchObject({
      explains: draftHeadings[0],
      checkedText: 'Housing\nWe want homes near friends.',
    });

    const fromDraft = EasyReadLinks.parse(
      (await observer.request('GET', `/api/documents/${draftId}/easy-read`)).body,
    );
    expect(fromDraft).toEqual({
      draft: null,
      easyRead: { id: easyRead.id, title: easyRead.title, deletedAt: null },
    });
    const fromEasyRead = EasyReadLinks.parse(
      (await observer.request('GET', `/api/documents/${easyRead.id}/easy-read`)).body,
    );
    expect(fromEasyRead.draft?.id).toBe(draftId);
  });

  it('checks an Easy Read version page by page, and stamps the export', async () => {
    const easyReadId = DocumentSummary.parse(
      (await server.api.request('POST', `/api/documents/${draftId}/easy-read`)).body,
    ).id;
    const sam = await personApi('Sam', 'member');
    const olu = await personApi('Olu', 'observer');
    const current = `/api/documents/${easyReadId}/check-rounds/current`;
    expect(CurrentCheckRound.parse((await sam.request('GET', current)).body).round).toBeNull();
    expectError(await sam.request('POST', `/api/documents/${easyReadId}/check-rounds`), 403);
    expectError(await server.api.request('POST', `/api/documents/${draftId}/check-rounds`), 409);

    const started = await server.api.request('POST', `/api/documents/${easyReadId}/check-rounds`);
    expect(started.status).toBe(201);
    const round = CheckRound.parse(started.body);
    expect(round.pages.map((p) => [p.number, p.title])).toEqual([
      [1, 'Housing'],
      [2, 'Transport'],
    ]);

    const answers = `/api/check-rounds/${round.id}/answers`;
    await sam.request('PUT', answers, { page: 1, answer: 'understand' });
    const samAfter = await sam.request('PUT', answers, {
      page: 2,
      answer: 'do-not-understand',
      words: 'late',
    });
    expect(CheckRound.parse(samAfter.body).myAnswers).toEqual([
      { page: 1, answer: 'understand', words: '' },
      { page: 2, answer: 'do-not-understand', words: 'late' },
    ]);
    await olu.request('PUT', answers, { page: 2, answer: 'not-sure', words: ' Late ' });
    expectError(await olu.request('PUT', answers, { page: 3, answer: 'understand' }), 400);
    expectError(await olu.request('PUT', answers, { page: 1, answer: 'maybe' }), 400);
    expectError(
      await olu.request('PUT', answers, { page: 1, answer: 'understand', words: 'x'.repeat(301) }),
      400,
    );

    const resultsPath = `/api/check-rounds/${round.id}/results`;
    expectError(await sam.request('GET', resultsPath), 403);
    const results = CheckResults.parse((await server.api.request('GET', resultsPath)).body);
    expect(results).toMatchObject({ answered: 2, completed: 1 });
    expect(results.pages[1]).toEqual({
      number: 2,
      title: 'Transport',
      understand: 0,
      notSure: 1,
      doNotUnderstand: 1,
      words: [{ text: 'late', count: 2 }],
    });
    expect(results.stamp).toMatch(
      /^Checked by 1 member of the Learning Disability Partnership Board on \d{1,2} \w+ \d{4}$/,
    );

    const exported = await fetch(
      `${server.origin}/api/documents/${easyReadId}/export?format=html`,
      { headers: { authorization: `Bearer ${server.adminToken}` } },
    );
    expect(await exported.text()).toContain(results.stamp);

    // A new check replaces the last: answers to the old one are refused.
    await server.api.request('POST', `/api/documents/${easyReadId}/check-rounds`);
    expectError(await olu.request('PUT', answers, { page: 1, answer: 'understand' }), 409);
  });

  it('counts in the "Checked by" line only people who belong to the group when it is made', async () => {
    const easyReadId = DocumentSummary.parse(
      (await server.api.request('POST', `/api/documents/${draftId}/easy-read`)).body,
    ).id;
    const round = CheckRound.parse(
      (await server.api.request('POST', `/api/documents/${easyReadId}/check-rounds`)).body,
    );
    const sam = await personApi('Sam', 'member');
    const temp = await server.app.signIn.createPerson({ name: 'Tem', email: null, isAdmin: false });
    await server.store.identity.putMembership({
      workspaceId,
      userId: temp.id,
      role: 'member',
      joinedAt: new Date().toISOString(),
      inviteId: null,
    });
    const tem = server.api.as((await server.app.tokens.create(temp.id, 'tests')).token);
    const answers = `/api/check-rounds/${round.id}/answers`;
    // Sam, a member who is then removed, and the facilitator who made the workspace answer it all.
    for (const person of [sam, tem, server.api]) {
      for (const page of [1, 2]) {
        expect((await person.request('PUT', answers, { page, answer: 'understand' })).status).toBe(
          200,
        );
      }
    }
    const stamp = async () =>
      CheckResults.parse(
        (await server.api.request('GET', `/api/check-rounds/${round.id}/results`)).body,
      ).stamp;
    expect(await stamp()).toMatch(/^Checked by 3 members of /);
    const removed = await server.api.request(
      'DELETE',
      `/api/workspaces/${workspaceId}/members/${temp.id}`,
    );
    expect(removed.status).toBeLessThan(300);
    expect(await stamp()).toMatch(/^Checked by 2 members of /);
    // An administrator who is not a member does not count either.
    await server.store.identity.removeMembership(
      workspaceId,
      server.adminId,
      new Date().toISOString(),
    );
    expect(await stamp()).toMatch(/^Checked by 1 member of /);
  });

  it('shows a linked document in the bin only to those who may restore it', async () => {
    const easyReadId = DocumentSummary.parse(
      (await server.api.request('POST', `/api/documents/${draftId}/easy-read`)).body,
    ).id;
    const sam = await personApi('Sam', 'member');
    const linksOf = async (as: TestApi, id: string) =>
      EasyReadLinks.parse((await as.request('GET', `/api/documents/${id}/easy-read`)).body);

    expect((await server.api.request('DELETE', `/api/documents/${easyReadId}`)).status).toBe(200);
    expect(await linksOf(sam, draftId)).toEqual({ draft: null, easyRead: null });
    expect((await linksOf(server.api, draftId)).easyRead).toMatchObject({
      id: easyReadId,
      deletedAt: expect.any(String) as string,
    });

    await server.api.request('POST', `/api/documents/${easyReadId}/restore`);
    expect((await server.api.request('DELETE', `/api/documents/${draftId}`)).status).toBe(200);
    expect(await linksOf(sam, easyReadId)).toEqual({ draft: null, easyRead: null });
    expect((await linksOf(server.api, easyReadId)).draft?.id).toBe(draftId);
    // The bin rule is per document: the Easy Read version is not in the bin, so it is checked.
    const started = await server.api.request('POST', `/api/documents/${easyReadId}/check-rounds`);
    expect(started.status).toBe(201);
  });
});
