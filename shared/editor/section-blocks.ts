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

/** The words of a block and of the inline nodes in it (iterative: any nesting reads). */
function inlineText(element: Y.XmlElement): string {
  const pieces: string[] = [];
  const stack: (Y.XmlElement | Y.XmlText | string)[] = [element];
  for (let at = stack.pop(); at !== undefined; at = stack.pop()) {
    if (typeof at === 'string') {
      pieces.push(at);
    } else if (at instanceof Y.XmlText) {
      for (const op of at.toDelta() as Delta) {
        if (typeof op.insert === 'string' && !isSuggestedInsertion(op.attributes)) {
          pieces.push(op.insert.replace(ZERO_WIDTH, ''));
        }
      }
    } else if (at !== element && at.nodeName === 'hardBreak') {
      pieces.push(' '); // a line break reads as a space
    } else {
      const children = at.toArray();
      for (let index = children.length - 1; index >= 0; index--) {
        const child = children[index];
        if (child instanceof Y.XmlText || child instanceof Y.XmlElement) stack.push(child);
      }
    }
  }
  return pieces.join('');
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

/** The blocks in reading order; iterative, so content nested any depth reads. */
function collect(root: Y.XmlFragment, blocks: TextBlock[]): void {
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
      pushChildren(child);
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
