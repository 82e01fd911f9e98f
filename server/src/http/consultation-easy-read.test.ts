// A consultation on a draft that has an Easy Read version publishes its pages too, as they are
// when it is published, so the public can read the Easy Read version instead.
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConsultationSummary, PublicConsultation } from '@roundtable/shared/protocol/consultations';
import { versionWithWords } from '../testing/consultation-fixtures.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';

describe('REST: a consultation with an Easy Read version', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(() => server.close());

  it('shows the Easy Read pages beside the draft', async () => {
    const { documentId, workspaceId, versionId } = await versionWithWords(server);
    const made = await server.api.request('POST', `/api/documents/${documentId}/easy-read`);
    expect(made.status).toBe(201);
    const easyReadId = made.body.id as string;
    const stored = await server.store.updates.loadDocument(easyReadId);
    const doc = new Y.Doc();
    for (const update of stored?.updates ?? []) Y.applyUpdate(doc, update);
    const before = Y.encodeStateVector(doc);
    const fragment = doc.getXmlFragment('default');
    const heading = new Y.XmlElement('heading');
    heading.setAttribute('level', 2 as unknown as string);
    heading.insert(0, [new Y.XmlText('Buses')]);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Buses will not cost money.')]);
    fragment.insert(fragment.length, [heading, paragraph]);
    await server.store.updates.appendUpdates([
      { documentId: easyReadId, update: Y.encodeStateAsUpdate(doc, before) },
    ]);
    doc.destroy();

    const published = await server.api.request(
      'POST',
      `/api/workspaces/${workspaceId}/consultations`,
      {
        versionId,
        introduction: 'Tell us.',
        closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    );
    const { id } = ConsultationSummary.parse(published.body);
    const view = PublicConsultation.parse(
      (await server.api.as(null).request('GET', `/api/public/consultations/${id}`)).body,
    );
    expect(view.easyRead).toContainEqual({ title: 'Buses', texts: ['Buses will not cost money.'] });
  });
});
