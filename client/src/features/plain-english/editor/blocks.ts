// The paragraphs and headings of the editor's document as text, with where each starts. Each
// character of a block's text is one position in the document, so a finding's offsets map
// straight onto the text. Words suggested for deletion read as spaces: they are not part of the
// text as it would read if the suggestion were accepted, but they keep their place.
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

export interface TextBlockAt {
  /** The position just before the block; its text starts at pos + 1. */
  pos: number;
  text: string;
  kind: 'heading' | 'paragraph';
}

interface BlockText {
  text: string;
  kind: TextBlockAt['kind'];
}

function textOf(block: ProseMirrorNode): string {
  let text = '';
  block.forEach((child) => {
    if (child.isText) {
      const value = child.text ?? '';
      text += child.marks.some((mark) => mark.type.name === 'deletion')
        ? ' '.repeat(value.length)
        : value;
    } else {
      // A line break or other inline leaf: it ends a line, and takes its own positions.
      text += '\n'.padEnd(child.nodeSize, ' ');
    }
  });
  return text;
}

/**
 * Reads blocks, remembering each block node's text: the editor's documents share unchanged
 * nodes from one version to the next, so after an edit only the changed blocks are read again.
 */
export class BlockReader {
  private readonly texts = new WeakMap<ProseMirrorNode, BlockText>();

  read(doc: ProseMirrorNode): TextBlockAt[] {
    const blocks: TextBlockAt[] = [];
    doc.descendants((node, pos) => {
      if (!node.isTextblock) return true;
      let known = this.texts.get(node);
      if (!known) {
        known = {
          text: textOf(node),
          kind: node.type.name === 'heading' ? 'heading' : 'paragraph',
        };
        this.texts.set(node, known);
      }
      if (known.text.trim().length > 0) blocks.push({ pos, ...known });
      return false;
    });
    return blocks;
  }
}
