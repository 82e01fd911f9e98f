// A document's blocks of text, in reading order, read straight from its Yjs content: what the
// Easy Read sections and pages are made of (shared/domain/easy-read/sections.ts). The browser
// reads the full draft this way beside the Easy Read editor, and the server when it makes an
// Easy Read version or starts a check, so both read the same words the same way. Words
// suggested but not yet accepted are left out; words suggested for removal are still there.
import * as Y from 'yjs';
import type { HeadingLink, TextBlock } from '../domain/easy-read/sections.ts';
import { CONTENT_FRAGMENT } from '../protocol/collab.ts';

/** The suggestion library marks paragraph boundaries with zero-width spaces. */
const ZERO_WIDTH = /\u200B/g;

type Delta = { insert: unknown; attributes?: Record<string, unknown> }[];

const isSuggestedInsertion = (attributes: Record<string, unknown> | undefined): boolean =>
  Object.keys(attributes ?? {}).some((key) => key === 'insertion' || key.startsWith('insertion--'));

function inlineText(element: Y.XmlElement): string {
  let text = '';
  for (const child of element.toArray()) {
    if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as Delta) {
        if (typeof op.insert === 'string' && !isSuggestedInsertion(op.attributes)) {
          text += op.insert.replace(ZERO_WIDTH, '');
        }
      }
    } else if (child instanceof Y.XmlElement) {
      // An inline node: a line break reads as a space.
      text += child.nodeName === 'hardBreak' ? ' ' : inlineText(child);
    }
  }
  return text;
}

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function linkOf(element: Y.XmlElement): HeadingLink {
  return {
    sectionId: stringOrNull(element.getAttribute('sectionId')),
    explains: stringOrNull(element.getAttribute('explains')),
    checkedText: stringOrNull(element.getAttribute('checkedText')),
    checkedAt: stringOrNull(element.getAttribute('checkedAt')),
  };
}

function levelOf(element: Y.XmlElement): number {
  const level = Number(element.getAttribute('level'));
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 1;
}

const holdsText = (element: Y.XmlElement): boolean =>
  element.toArray().some((child) => child instanceof Y.XmlText);

function collect(parent: Y.XmlFragment | Y.XmlElement, blocks: TextBlock[]): void {
  for (const child of parent.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    if (child.nodeName === 'heading') {
      blocks.push({
        kind: 'heading',
        level: levelOf(child),
        text: inlineText(child),
        link: linkOf(child),
      });
    } else if (child.nodeName === 'paragraph' || holdsText(child)) {
      blocks.push({
        kind: 'paragraph',
        text: inlineText(child),
        picture: stringOrNull(child.getAttribute('picture')),
        pictureAlt: stringOrNull(child.getAttribute('pictureAlt')),
      });
    } else {
      collect(child, blocks);
    }
  }
}

export function blocksOfFragment(fragment: Y.XmlFragment): TextBlock[] {
  const blocks: TextBlock[] = [];
  collect(fragment, blocks);
  return blocks;
}

export function blocksOfDocument(doc: Y.Doc): TextBlock[] {
  return blocksOfFragment(doc.getXmlFragment(CONTENT_FRAGMENT));
}

/** Blocks of an encoded state, read in a private copy. */
export function blocksOfState(state: Uint8Array): TextBlock[] {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return blocksOfDocument(doc);
  } finally {
    doc.destroy();
  }
}
