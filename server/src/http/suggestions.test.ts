// Deciding suggestions over REST with a real server and stock y-websocket clients: the change
// reaches everyone in the document, and the decision is recorded once with how it was made.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  appendParagraph,
  connectClient,
  eventually,
  rawSocket,
  startTestServer,
  whenSynced,
  type TestClient,
  type TestServer,
} from '../testing/harness.ts';
import { suggestParagraph } from '../testing/suggestion-paragraph.ts';

describe('suggestions over REST', () => {
  let server: TestServer;
  const clients: TestClient[] = [];
  const connect = (id: string): TestClient => {
    const client = connectClient(server.wsOrigin, id, { token: server.adminToken });
    clients.push(client);
    return client;
  };

  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  it('accepts a suggestion for everyone and records who decided it, once', async () => {
    const { id } = await server.api.createDocument();
    const [sam, ali] = [connect(id), connect(id)];
    await Promise.all([whenSynced(sam), whenSynced(ali)]);
    suggestParagraph(sam.doc, 'We want ', 'more support at home', 'sgood1', server.adminId);
    await eventually(() => expect(ali.text()).toContain('<insertion'));

    const decided = await server.api.request(
      'POST',
      `/api/documents/${id}/suggestions/sgood1/decision`,
      { outcome: 'accepted' },
    );
    expect(decided.status).toBe(201);
    expect(decided.body).toMatchObject({
      suggestionId: 'sgood1',
      outcome: 'accepted',
      summary: 'adds ‘more support at home’',
      suggestedBy: server.adminId,
      how: { kind: 'direct' },
    });
    for (const person of [sam, ali]) {
      await eventually(() => {
        expect(person.text()).toContain('We want more support at home');
        expect(person.text()).not.toContain('insertion');
      });
    }

    const again = await server.api.request(
      'POST',
      `/api/documents/${id}/suggestions/sgood1/decision`,
      { outcome: 'rejected' },
    );
    expect(again.status).toBe(409);
    const list = await server.api.request('GET', `/api/documents/${id}/suggestion-decisions`);
    expect(list.status).toBe(200);
    expect(list.body).toEqual([decided.body]);
  });

  it('rejects a suggestion: its words go for everyone', async () => {
    const { id } = await server.api.createDocument();
    const sam = connect(id);
    await whenSynced(sam);
    suggestParagraph(sam.doc, 'Homes ', 'far away', 'sbad1', server.adminId);
    await eventually(async () => {
      const content = await fetch(`${server.origin}/api/documents/${id}/content`, {
        headers: { authorization: `Bearer ${server.adminToken}` },
      });
      const doc = new Y.Doc();
      Y.applyUpdate(doc, new Uint8Array(await content.arrayBuffer()));
      expect(doc.getXmlFragment('default').toString()).toContain('far away');
    });
    const rejected = await server.api.request(
      'POST',
      `/api/documents/${id}/suggestions/sbad1/decision`,
      { outcome: 'rejected' },
    );
    expect(rejected.status).toBe(201);
    await eventually(() => expect(sam.text()).not.toContain('far away'));
    expect(sam.text()).toContain('Homes');
  });

  it('turns "drafts in review take only suggestions" on and off by the change the settings form sends', async () => {
    const { workspaceId } = await server.api.createDocument();
    const on = await server.api.request('PATCH', `/api/workspaces/${workspaceId}/settings`, {
      reviewTakesOnlySuggestions: true,
    });
    expect(on.status).toBe(200);
    expect(on.body).toMatchObject({ reviewTakesOnlySuggestions: true });
    const read = await server.api.request('GET', `/api/workspaces/${workspaceId}/settings`);
    expect(read.body).toMatchObject({ reviewTakesOnlySuggestions: true });
    const off = await server.api.request('PATCH', `/api/workspaces/${workspaceId}/settings`, {
      reviewTakesOnlySuggestions: false,
    });
    expect(off.body).toMatchObject({ reviewTakesOnlySuggestions: false });
  });

  it('in review, refuses a raw /collab client that changes the text other than by suggesting', async () => {
    const { id, workspaceId } = await server.api.createDocument();
    const setting = await server.api.request('PUT', `/api/workspaces/${workspaceId}/settings`, {
      agreementRule: { kind: 'no-one-disagrees' },
      reviewTakesOnlySuggestions: true,
    });
    expect(setting.status).toBe(200);
    const review = await server.api.request('PUT', `/api/documents/${id}/review`, {
      inReview: true,
    });
    expect(review.body).toEqual({ inReview: true, onlySuggestions: true });

    // A client that asks for status hears why (message type 101).
    const frames: Buffer[] = [];
    const raw = await rawSocket(
      server.wsOrigin,
      `/collab/${id}?token=${server.adminToken}&acks=1`,
      (frame) => frames.push(frame),
    );
    await eventually(() =>
      expect(frames.some((f) => f[0] === 101 && f.toString().includes('in review'))).toBe(true),
    );
    raw.close();

    const [bypass, suggester, watcher] = [connect(id), connect(id), connect(id)];
    await Promise.all([whenSynced(bypass), whenSynced(suggester), whenSynced(watcher)]);
    appendParagraph(bypass.doc, 'Typed straight in');
    suggestParagraph(suggester.doc, '', 'Suggested words', 'sreview1', server.adminId);
    await eventually(() => expect(watcher.text()).toContain('Suggested words'));
    expect(watcher.text()).not.toContain('Typed straight in');

    // Out of review, the same kind of change goes in.
    await server.api.request('PUT', `/api/documents/${id}/review`, { inReview: false });
    appendParagraph(suggester.doc, 'After the review');
    await eventually(() => expect(watcher.text()).toContain('After the review'));
  });

  it('refuses people who are not signed in', async () => {
    const { id } = await server.api.createDocument();
    const anonymous = server.api.as(null);
    expect(
      (
        await anonymous.request('POST', `/api/documents/${id}/suggestions/s1/decision`, {
          outcome: 'accepted',
        })
      ).status,
    ).toBe(401);
    expect(
      (await anonymous.request('GET', `/api/documents/${id}/suggestion-decisions`)).status,
    ).toBe(401);
  });
});
