// Restoring a version: the change that turns the current content into the version's content,
// made as a new edit (history is never rewritten).
import * as Y from 'yjs';
import { newServerDoc } from './server-doc.ts';
import { CONTENT_FRAGMENT } from '@roundtable/shared/protocol/collab';

export function restoreUpdate(current: Uint8Array, target: Uint8Array): Uint8Array {
  const doc = newServerDoc();
  Y.applyUpdate(doc, current);
  const targetDoc = newServerDoc();
  Y.applyUpdate(targetDoc, target);
  const before = Y.encodeStateVector(doc);
  const fragment = doc.getXmlFragment(CONTENT_FRAGMENT);
  const source = targetDoc.getXmlFragment(CONTENT_FRAGMENT);
  doc.transact(() => {
    fragment.delete(0, fragment.length);
    fragment.insert(
      0,
      source
        .toArray()
        .filter((node): node is Y.XmlElement | Y.XmlText => !(node instanceof Y.XmlHook))
        .map((node) => node.clone()),
    );
  });
  const update = Y.encodeStateAsUpdate(doc, before);
  doc.destroy();
  targetDoc.destroy();
  return update;
}

/** True when two encoded states show the same content (whatever edits led there). */
export function sameContent(a: Uint8Array, b: Uint8Array): boolean {
  const content = (state: Uint8Array) => {
    const doc = newServerDoc();
    Y.applyUpdate(doc, state);
    const xml = doc.getXmlFragment(CONTENT_FRAGMENT).toString();
    doc.destroy();
    return xml;
  };
  return content(a) === content(b);
}
