// A draft of 5,000 sections (about 0.9 MB, well under the size limit) is something any member
// can write. Reading it (its content, as the browser reads it to compare versions), making its
// Easy Read version and starting a check must all answer, and the server must keep answering
// everyone else (/healthz here) while they run: that work is done in worker threads.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { blocksOfState } from '@roundtable/shared/editor/section-blocks';
import {
  connectClient,
  eventually,
  startTestServer,
  whenSynced,
  type TestServer,
} from '../testing/harness.ts';

const SECTIONS = 5_000;

function sections(count: number): Y.XmlElement[] {
  const blocks: Y.XmlElement[] = [];
  for (let index = 0; index < count; index++) {
    const heading = new Y.XmlElement<Record<string, number>>('heading');
    heading.setAttribute('level', 1 + (index % 3));
    heading.insert(0, [new Y.XmlText(`Part ${index}`)]);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(`What we want in part ${index}.`)]);
    blocks.push(heading as unknown as Y.XmlElement, paragraph);
  }
  return blocks;
}

describe('a draft of 5,000 sections', () => {
  let server: TestServer;
  let draftId: string;
  const headers = () => ({ authorization: `Bearer ${server.adminToken}` });

  /**
   * One request on a connection of its own: a kept-alive socket left idle while the server took
   * the large update may be closed under a reused request, which is not what is tested here.
   */
  function send(method: string, path: string): Promise<{ status: number; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const request = http.request(
        `${server.origin}${path}`,
        { method, agent: false, headers: { ...headers(), origin: server.origin } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) }),
          );
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end();
    });
  }

  /** Sends the request while asking /healthz again and again; how many answers came meanwhile. */
  async function whileHealthAnswers(method: string, path: string) {
    let done = false;
    const pending = send(method, path).finally(() => {
      done = true;
    });
    let answers = 0;
    while (!done) {
      const health = await send('GET', '/healthz');
      if (!done && health.status === 200) answers += 1;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return { response: await pending, answers };
  }

  beforeAll(async () => {
    server = await startTestServer();
    ({ id: draftId } = await server.api.createDocument());
    const writer = connectClient(server.wsOrigin, draftId, { token: server.adminToken });
    await whenSynced(writer);
    writer.doc.getXmlFragment('default').insert(0, sections(SECTIONS));
    // Stored once the server's content shows it.
    await eventually(async () => {
      const stored = await server.store.updates.loadDocument(draftId);
      const doc = new Y.Doc();
      for (const update of stored?.updates ?? []) Y.applyUpdate(doc, update);
      expect(doc.getXmlFragment('default').length).toBeGreaterThanOrEqual(2 * SECTIONS);
    }, 120_000);
    writer.destroy();
  }, 240_000);

  afterAll(async () => {
    await server?.close();
  });

  it('serves its content, and /healthz answers all the while', async () => {
    const { response, answers } = await whileHealthAnswers(
      'GET',
      `/api/documents/${draftId}/content`,
    );
    expect(response.status).toBe(200);
    const blocks = blocksOfState(new Uint8Array(response.body));
    expect(blocks).toHaveLength(2 * SECTIONS + 1); // and the first, empty paragraph
    expect(answers).toBeGreaterThan(2);
  }, 240_000);

  it('makes its Easy Read version, and /healthz answers all the while', async () => {
    const { response, answers } = await whileHealthAnswers(
      'POST',
      `/api/documents/${draftId}/easy-read`,
    );
    expect(response.status).toBe(201);
    const { id } = JSON.parse(response.body.toString()) as { id: string };
    expect(answers).toBeGreaterThan(2);
    const content = await send('GET', `/api/documents/${id}/content`);
    const headings = blocksOfState(new Uint8Array(content.body)).filter(
      (block) => block.kind === 'heading',
    );
    expect(headings).toHaveLength(SECTIONS);
    // A check of so many pages is refused in words, not left hanging.
    const check = await send('POST', `/api/documents/${id}/check-rounds`);
    expect(check.status).toBe(409);
  }, 240_000);
});
