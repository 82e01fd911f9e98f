// A server holding one large document (more than the early-answer threshold), restarted so that
// the document is stored as one compacted, checked snapshot: what a new reader of a document
// that is not open meets.
import { expect } from 'vitest';
import * as Y from 'yjs';
import { EARLY_ANSWER_MIN_BYTES } from '../collab/early-answers.ts';
import { appendParagraph, connectClient, eventually, whenSynced } from './harness.ts';
import { RestartableServer } from './restartable.ts';

export const LARGE_DOCUMENT_PARAGRAPHS = 40;
const paragraphText = (index: number): string => `${index} `.padEnd(2000, 'words ');

/** Paragraphs in the editor's content after taking `update` into an empty document. */
export function paragraphsIn(update: Uint8Array): number {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc.getXmlFragment('default').length;
}

/** The server (caller disposes of it) and the document's id. */
export async function largeStoredDocument(
  settings: Record<string, string> = {},
): Promise<{ server: RestartableServer; id: string }> {
  const server = new RestartableServer(settings);
  const running = await server.start();
  const { id } = await running.api.createDocument();
  const writer = connectClient(running.wsOrigin, id, { token: running.adminToken });
  try {
    await whenSynced(writer);
    for (let i = 0; i < LARGE_DOCUMENT_PARAGRAPHS; i++)
      appendParagraph(writer.doc, paragraphText(i));
    await eventually(async () => {
      const stored = await running.store.updates.loadDocument(id);
      expect(paragraphsIn(Y.mergeUpdates(stored?.updates ?? []))).toBe(
        LARGE_DOCUMENT_PARAGRAPHS + 1,
      );
    });
  } finally {
    writer.destroy();
  }
  await server.restart();
  const stored = await server.current!.store.updates.loadDocument(id);
  expect(stored?.updates).toHaveLength(1);
  expect(stored?.snapshotChecked).toBe(true);
  expect(stored!.updates[0]!.byteLength).toBeGreaterThan(EARLY_ANSWER_MIN_BYTES);
  return { server, id };
}
