// Uploaded pictures in an Easy Read export, over REST with a real server: a picture uploaded to
// the document's workspace is shown beside its paragraph (fetched by the export thread from the
// main thread), and a picture of another workspace is never shown, only the alt text.
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { plainPng } from '../pictures/testing/picture-fixtures.ts';
import {
  connectClient,
  eventually,
  startTestServer,
  whenSynced,
  type TestServer,
} from '../testing/harness.ts';

describe('uploaded pictures in an Easy Read export', () => {
  let server: TestServer;
  afterEach(async () => {
    await server.close();
  });

  it('shows this workspace’s picture beside its words, and not another workspace’s', async () => {
    server = await startTestServer();
    const auth = { authorization: `Bearer ${server.adminToken}` };
    const upload = async (documentId: string) => {
      const answer = await fetch(
        `${server.origin}/api/documents/${documentId}/pictures?name=room.png`,
        {
          method: 'POST',
          headers: { ...auth, 'content-type': 'image/png' },
          body: Buffer.from(plainPng()),
        },
      );
      expect(answer.status).toBe(201);
      return String(((await answer.json()) as { id: string }).id);
    };
    const { id } = await server.api.createDocument('Our plan');
    const other = await server.api.createDocument('Another workspace’s plan');
    const ours = await upload(id);
    const theirs = await upload(other.id);

    const writer = connectClient(server.wsOrigin, id, { token: server.adminToken });
    await whenSynced(writer);
    const fragment = writer.doc.getXmlFragment('default');
    for (const [picture, alt, words] of [
      [ours, 'Our meeting room', 'We meet in this room.'],
      [theirs, 'Someone else’s room', 'This picture is not ours.'],
    ] as const) {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.setAttribute('picture', `upload:${picture}`);
      paragraph.setAttribute('pictureAlt', alt);
      paragraph.insert(0, [new Y.XmlText(words)]);
      fragment.insert(fragment.length, [paragraph]);
    }
    const html = async () =>
      (
        await fetch(`${server.origin}/api/documents/${id}/export?format=html&easyRead=1`, {
          headers: auth,
        })
      ).text();
    await eventually(async () => expect(await html()).toContain('This picture is not ours.'));
    const page = await html();
    expect(page).toMatch(/<img src="data:image\/png;base64,[^"]+" alt="Our meeting room">/);
    expect(page).not.toContain('alt="Someone else’s room"');
    expect(page).toContain('<div class="picture"><p>Someone else’s room</p></div>');
    writer.destroy();
  });
});
