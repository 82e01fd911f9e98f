// Drafts with saved versions worth publishing for public comment, for the consultation tests.
import * as Y from 'yjs';
import type { VersionKind } from '../storage/version-ports.ts';
import type { TestApi, TestServer } from './harness.ts';

/** Stores a version of the document: a heading, then these paragraphs. */
export async function storeVersion(
  server: TestServer,
  documentId: string,
  name: string,
  paragraphs: string[],
  createdAt = new Date(),
  kind: VersionKind = 'named',
): Promise<string> {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment('default');
  const heading = new Y.XmlElement('heading');
  heading.setAttribute('level', 1 as unknown as string);
  heading.insert(0, [new Y.XmlText('Getting about')]);
  const blocks = paragraphs.map((text) => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(text)]);
    return paragraph;
  });
  fragment.insert(0, [heading, ...blocks]);
  const versionId = `v-${Math.random().toString(36).slice(2)}`;
  await server.store.versions.createVersion(
    {
      id: versionId,
      documentId,
      name,
      kind,
      createdBy: null,
      createdAt: createdAt.toISOString(),
      agreement: null,
    },
    Y.encodeStateAsUpdate(doc),
  );
  doc.destroy();
  return versionId;
}

/** A saved version of a new draft in a new workspace: a heading and two paragraphs. */
export async function versionWithWords(server: TestServer, api: TestApi = server.api) {
  const { id: documentId, workspaceId } = await api.createDocument('Our Strategy');
  const versionId = await storeVersion(server, documentId, 'For the public', [
    'Buses should be free.',
    'Trains need ramps.',
  ]);
  return { documentId, workspaceId, versionId };
}

/** A consultation open for a day on a new draft's saved version (see versionWithWords). */
export async function publishedConsultation(server: TestServer, api: TestApi = server.api) {
  const ids = await versionWithWords(server, api);
  const answer = await api.request('POST', `/api/workspaces/${ids.workspaceId}/consultations`, {
    versionId: ids.versionId,
    introduction: 'Tell us what you think.',
    closesAt: new Date(Date.now() + 86_400_000).toISOString(),
  });
  if (answer.status !== 201) throw new Error(`could not publish: ${JSON.stringify(answer.body)}`);
  return { ...ids, consultationId: (answer.body as { id: string }).id };
}
