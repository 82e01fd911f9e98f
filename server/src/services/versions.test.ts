// Versions: saved by name and automatically, viewed, restored as a new change, frozen once agreed.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  appendParagraph,
  connectClient,
  eventually,
  startTestServer,
  whenSynced,
  type TestClient,
  type TestServer,
} from '../testing/harness.ts';

const textOf = (state: ArrayBuffer): string => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(state));
  return doc.getXmlFragment('default').toString();
};

describe('versions', () => {
  let server: TestServer;
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  async function documentWithText(settings: Record<string, string> = {}) {
    server = await startTestServer(settings);
    const { id, workspaceId } = await server.api.createDocument();
    const writer = connectClient(server.wsOrigin, id, { token: server.adminToken });
    clients.push(writer);
    await whenSynced(writer);
    appendParagraph(writer.doc, 'We want our own front door');
    await eventually(async () => {
      const content = await fetch(`${server.origin}/api/documents/${id}/content`, {
        headers: { authorization: `Bearer ${server.adminToken}` },
      });
      expect(textOf(await content.arrayBuffer())).toContain('front door');
    });
    return { id, workspaceId, writer };
  }

  it('saves a named version, lists it, and serves its content as it was', async () => {
    const { id, writer } = await documentWithText();
    const saved = await server.api.request('POST', `/api/documents/${id}/versions`, {
      name: 'After workshop 3',
    });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ name: 'After workshop 3', kind: 'named', agreement: null });
    appendParagraph(writer.doc, 'and a garden');
    const list = await server.api.request('GET', `/api/documents/${id}/versions`);
    expect((list.body as unknown as Array<{ name: string }>).map((v) => v.name)).toEqual([
      'After workshop 3',
    ]);
    const content = await fetch(`${server.origin}/api/versions/${saved.body.id}/content`, {
      headers: { authorization: `Bearer ${server.adminToken}` },
    });
    expect(textOf(await content.arrayBuffer())).toBe(
      '<paragraph></paragraph><paragraph>We want our own front door</paragraph>',
    );
  });

  it('restores a version as a new change that everyone sees, keeping the draft as it was', async () => {
    const { id, writer } = await documentWithText();
    const saved = await server.api.request('POST', `/api/documents/${id}/versions`, {
      name: 'Before the garden',
    });
    appendParagraph(writer.doc, 'and a garden');
    const reader = connectClient(server.wsOrigin, id, { token: server.adminToken });
    clients.push(reader);
    await eventually(() => expect(reader.text()).toContain('garden'));
    const restored = await server.api.request('POST', `/api/versions/${saved.body.id}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({
      kind: 'before-restore',
      name: 'Before restoring "Before the garden"',
    });
    await eventually(() => {
      expect(reader.text()).not.toContain('garden');
      expect(writer.text()).toBe(reader.text());
      expect(reader.text()).toContain('front door');
    });
    const kept = await fetch(`${server.origin}/api/versions/${restored.body.id}/content`, {
      headers: { authorization: `Bearer ${server.adminToken}` },
    });
    expect(textOf(await kept.arrayBuffer())).toContain('garden');
    const audit = await server.api.request('GET', '/api/audit');
    expect((audit.body as unknown as Array<{ action: string }>).map((e) => e.action)).toContain(
      'version.restored',
    );
  });

  it('freezes an agreed version against renaming and deletion', async () => {
    const { id } = await documentWithText();
    const saved = await server.api.request('POST', `/api/documents/${id}/versions`, {
      name: 'Agreed draft',
    });
    await server.store.versions.markAgreed(saved.body.id as string, {
      agreedAt: new Date().toISOString(),
      how: { rule: 'no-one-disagrees' },
    });
    expect(
      (await server.api.request('PATCH', `/api/versions/${saved.body.id}`, { name: 'x' })).status,
    ).toBe(409);
    expect((await server.api.request('DELETE', `/api/versions/${saved.body.id}`)).status).toBe(409);
  });

  it('saves a version by itself after a quiet spell following edits', async () => {
    const { id } = await documentWithText({ AUTO_VERSION_AFTER_MS: '1000' });
    await eventually(async () => {
      const list = await server.api.request('GET', `/api/documents/${id}/versions`);
      expect((list.body as unknown as Array<{ kind: string }>).map((v) => v.kind)).toEqual([
        'quiet',
      ]);
    }, 5000);
  });

  it('keeps the automatic version of an edited document when the server shuts down', async () => {
    const { id } = await documentWithText();
    for (const client of clients.splice(0)) client.destroy();
    await server.app.close();
    expect((await server.store.versions.listVersions(id)).map((v) => v.kind)).toEqual(['quiet']);
  });

  it('saves a version of each meeting document when the meeting ends', async () => {
    const { id, workspaceId } = await documentWithText();
    const meeting = await server.api.request('POST', `/api/workspaces/${workspaceId}/meetings`, {
      title: 'Workshop 3',
      startsAt: '2026-12-01T10:00:00Z',
      documentIds: [id],
    });
    const admin = (await server.store.identity.findUserByEmail('ada@example.org'))!;
    const auth = await server.app.signIn.contextFor(admin.id, { sessionHash: null, tokenId: null });
    await server.app.meetings.execute(auth, meeting.body.id as string, { type: 'meeting:start' });
    await server.app.meetings.execute(auth, meeting.body.id as string, { type: 'meeting:end' });
    await eventually(async () => {
      const list = await server.api.request('GET', `/api/documents/${id}/versions`);
      expect(list.body).toEqual([
        expect.objectContaining({ kind: 'meeting-end', name: 'End of "Workshop 3"' }),
      ]);
    });
  });
});
