// Uploading pictures over REST with a real server: only people who may write upload, within the
// size limit, only pictures (read from their bytes), cleaned of their metadata; and a picture is
// served back only to members of its own workspace, with a type that cannot be sniffed.
import exifr from 'exifr';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '@roundtable/shared/domain/policy';
import {
  damagedPng,
  jpegWithGps,
  plainPng,
  SECRET_WORDS,
} from '../pictures/testing/picture-fixtures.ts';
import {
  connectClient,
  eventually,
  startTestServer,
  whenSynced,
  type TestServer,
} from '../testing/harness.ts';
import * as Y from 'yjs';

describe('pictures over REST', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer({ PICTURE_MAX_BYTES: '4096' });
  });
  afterEach(async () => {
    await server.close();
  });

  async function person(workspaceId: string, role: Role): Promise<string> {
    const someone = await server.app.signIn.createPerson({
      name: `A ${role}`,
      email: null,
      isAdmin: false,
    });
    await server.store.identity.putMembership({
      workspaceId,
      userId: someone.id,
      role,
      joinedAt: new Date().toISOString(),
      inviteId: null,
    });
    return (await server.app.tokens.create(someone.id, role)).token;
  }

  function upload(documentId: string, token: string | null, bytes: Uint8Array, type = 'image/png') {
    return fetch(`${server.origin}/api/documents/${documentId}/pictures?name=photo.jpg`, {
      method: 'POST',
      headers: {
        'content-type': type,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: Buffer.from(bytes),
    });
  }

  const read = (documentId: string, pictureId: string, token: string | null) =>
    fetch(`${server.origin}/api/documents/${documentId}/pictures/${pictureId}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  it('a member uploads a photo: it comes back without its GPS position, typed from its bytes', async () => {
    const { id, workspaceId } = await server.api.createDocument();
    const member = await person(workspaceId, 'member');
    const uploaded = await upload(id, member, jpegWithGps(), 'image/png');
    expect(uploaded.status).toBe(201);
    const picture = (await uploaded.json()) as Record<string, unknown>;
    expect(picture).toMatchObject({
      mediaType: 'image/jpeg',
      width: 16,
      height: 16,
      name: 'photo.jpg',
    });

    const observer = await person(workspaceId, 'observer');
    const served = await read(id, String(picture.id), observer);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    const bytes = new Uint8Array(await served.arrayBuffer());
    expect(bytes.byteLength).toBe(picture.byteSize);
    expect(await exifr.gps(bytes)).toBeUndefined();
    expect(Buffer.from(bytes).toString('latin1')).not.toContain(SECRET_WORDS);
  });

  it('refuses a picture over the limit, saying the limit in words', async () => {
    const { id } = await server.api.createDocument();
    const tooBig = new Uint8Array(5000);
    tooBig.set(plainPng());
    const answer = await upload(id, server.adminToken, tooBig);
    expect(answer.status).toBe(413);
    expect(await answer.json()).toEqual({
      error: {
        code: 'payload_too_large',
        message: 'This picture is too big: the limit is 4 KB. Please choose a smaller picture.',
      },
    });
  });

  it('refuses SVG, GIF and files that are not pictures, whatever type the browser says', async () => {
    const { id } = await server.api.createDocument();
    const tries = [
      ['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'SVG'],
      ['GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000', 'GIF'],
      ['<html><body>not a picture</body></html>', 'not a picture'],
      ['', 'empty'],
    ] as const;
    // Its header says 7000 by 7000; it holds 10 bytes of picture.
    const damaged = await upload(id, server.adminToken, damagedPng());
    expect(damaged.status).toBe(400);
    expect(((await damaged.json()) as { error: { message: string } }).error.message).toMatch(
      /damaged or not complete/,
    );
    for (const [content, words] of tries) {
      const answer = await upload(id, server.adminToken, new TextEncoder().encode(content));
      expect(answer.status).toBe(400);
      const body = (await answer.json()) as { error: { message: string } };
      expect(body.error.message).toContain(words);
    }
    expect(
      await server.store.pictures.listPictures(
        (await server.store.documents.getDocument(id))!.workspaceId,
      ),
    ).toEqual([]);
  });

  it('observers and people outside the workspace cannot upload; outsiders cannot see', async () => {
    const { id, workspaceId } = await server.api.createDocument();
    const other = await server.api.createDocument('Another board’s draft');
    const observer = await person(workspaceId, 'observer');
    const outsider = await person(other.workspaceId, 'facilitator');
    expect((await upload(id, observer, plainPng())).status).toBe(403);
    expect((await upload(id, outsider, plainPng())).status).toBe(403);
    expect((await upload(id, null, plainPng())).status).toBe(401);

    const stored = (await (await upload(id, server.adminToken, plainPng())).json()) as {
      id: string;
    };
    expect((await read(id, stored.id, outsider)).status).toBe(404);
    // Through a document of another workspace, even an administrator finds no such picture.
    expect((await read(other.id, stored.id, server.adminToken)).status).toBe(404);
    expect((await read(other.id, stored.id, outsider)).status).toBe(404);
    expect((await read(id, 'no-such-picture', server.adminToken)).status).toBe(404);
    expect((await read(id, stored.id, null)).status).toBe(401);
  });

  it('an upload to a document in the bin is refused, saying to restore it first', async () => {
    const { id } = await server.api.createDocument();
    expect((await server.api.request('DELETE', `/api/documents/${id}`)).status).toBe(200);
    const refused = await upload(id, server.adminToken, plainPng());
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain('Restore it from the bin first');
  });

  it('an uploaded picture goes into the Easy Read export of its own workspace only', async () => {
    const { id, workspaceId } = await server.api.createDocument();
    const member = await person(workspaceId, 'member');
    const stored = (await (await upload(id, member, plainPng())).json()) as { id: string };
    const writer = connectClient(server.wsOrigin, id, { token: server.adminToken });
    await whenSynced(writer);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.setAttribute('picture', `upload:${stored.id}`);
    paragraph.setAttribute('pictureAlt', 'The council logo');
    paragraph.insert(0, [new Y.XmlText('The council works with us.')]);
    writer.doc.getXmlFragment('default').push([paragraph]);
    const other = await server.api.createDocument('Another board’s draft');
    const borrower = connectClient(server.wsOrigin, other.id, { token: server.adminToken });
    await whenSynced(borrower);
    const borrowed = paragraph.clone();
    borrower.doc.getXmlFragment('default').push([borrowed]);

    const exported = async (documentId: string): Promise<string> => {
      let html = '';
      // The export reads what the server has stored: wait for the paragraph to be there.
      await eventually(async () => {
        const answer = await fetch(
          `${server.origin}/api/documents/${documentId}/export?format=html&easyRead=1`,
          { headers: { authorization: `Bearer ${server.adminToken}` } },
        );
        html = await answer.text();
        expect(html).toContain('The council works with us.');
      }, 30_000);
      return html;
    };
    expect(await exported(id)).toMatch(
      /<img src="data:image\/png;base64,[^"]+" alt="The council logo">/,
    );
    // The same id in another workspace's document is no picture: its words stand instead.
    const elsewhere = await exported(other.id);
    expect(elsewhere).not.toContain('<img');
    expect(elsewhere).toContain('<p>The council logo</p>');
    writer.destroy();
    borrower.destroy();
  });
});
