// A draft with a saved version worth publishing for public comment, for the consultation tests.
import * as Y from 'yjs';
import type { TestApi, TestServer } from './harness.ts';

/** A saved version of a new draft in a new workspace: a heading and two paragraphs. */
export async function versionWithWords(server: TestServer, api: TestApi = server.api) {
  const { id: documentId, workspaceId } = await api.createDocument('Our Strategy');
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment('default');
  const heading = new Y.XmlElement('heading');
  heading.setAttribute('level', 1 as unknown as string);
  heading.insert(0, [new Y.XmlText('Getting about')]);
  const block = (text: string) => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(text)]);
    return paragraph;
  };
  fragment.insert(0, [heading, block('Buses should be free.'), block('Trains need ramps.')]);
  const versionId = `v-${Math.random().toString(36).slice(2)}`;
  await server.store.versions.createVersion(
    {
      id: versionId,
      documentId,
      name: 'For the public',
      kind: 'named',
      createdBy: null,
      createdAt: new Date().toISOString(),
      agreement: null,
    },
    Y.encodeStateAsUpdate(doc),
  );
  doc.destroy();
  return { documentId, workspaceId, versionId };
}
