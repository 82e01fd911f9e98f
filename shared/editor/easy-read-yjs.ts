// The two changes to Yjs content that making an Easy Read version needs, done straight on Yjs
// (the server has no editor): giving the draft's headings the section ids they lack, and the
// Easy Read version's first content, one section per section of the draft, each with its
// heading and an empty paragraph for the group to fill in.
import * as Y from 'yjs';
import type { DraftSection } from '../domain/easy-read/sections.ts';
import { CONTENT_FRAGMENT } from '../protocol/collab.ts';
import { checkedTextOf, isSectionId, newSectionId } from './section-heading.ts';

/** The headings in reading order (iterative, so content nested any depth reads). */
function headingsIn(root: Y.XmlFragment, found: Y.XmlElement[]): void {
  const stack: Y.XmlElement[] = [];
  const pushChildren = (parent: Y.XmlFragment): void => {
    const children = parent.toArray();
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index];
      if (child instanceof Y.XmlElement) stack.push(child);
    }
  };
  pushChildren(root);
  for (let child = stack.pop(); child; child = stack.pop()) {
    if (child.nodeName === 'heading') found.push(child);
    else if (child.nodeName !== 'paragraph') pushChildren(child);
  }
}

/**
 * Gives an id to every heading with none, or with one an earlier heading has (the same rule as
 * the editor's). Returns the change as an update, or null when every heading has its own.
 */
export function labelSections(doc: Y.Doc): Uint8Array | null {
  const headings: Y.XmlElement[] = [];
  headingsIn(doc.getXmlFragment(CONTENT_FRAGMENT), headings);
  const seen = new Set<string>();
  const needing = headings.filter((heading) => {
    const id: unknown = heading.getAttribute('sectionId');
    if (isSectionId(id) && !seen.has(id)) {
      seen.add(id);
      return false;
    }
    return true;
  });
  if (needing.length === 0) return null;
  const before = Y.encodeStateVector(doc);
  doc.transact(() => {
    for (const heading of needing) heading.setAttribute('sectionId', newSectionId());
  });
  return Y.encodeStateAsUpdate(doc, before);
}

/** An Easy Read version's first content; every section counts as checked now, as it stands. */
export function companionState(sections: readonly DraftSection[], now: string): Uint8Array {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment(CONTENT_FRAGMENT);
  // Made first, then inserted at once: each `push` would walk the list to its end.
  const blocks: Y.XmlElement[] = [];
  doc.transact(() => {
    for (const section of sections) {
      const heading = new Y.XmlElement('heading');
      // y-tiptap keeps attribute values as they are in ProseMirror: the level is a number.
      (heading as unknown as Y.XmlElement<Record<string, number>>).setAttribute(
        'level',
        section.level,
      );
      heading.setAttribute('sectionId', newSectionId());
      heading.setAttribute('explains', section.id);
      heading.setAttribute('checkedText', checkedTextOf(section.text));
      heading.setAttribute('checkedAt', now);
      const words = new Y.XmlText();
      words.insert(0, section.title.trim() || 'Untitled part');
      heading.insert(0, [words]);
      blocks.push(heading, new Y.XmlElement('paragraph'));
    }
    if (sections.length === 0) blocks.push(new Y.XmlElement('paragraph'));
    fragment.insert(0, blocks);
  });
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}
