// Turns a version's content (an encoded Yjs update) into the editor's own ProseMirror document,
// with the same schema as the editor, and into plain blocks of text for comparing.
import { getSchema, type JSONContent } from '@tiptap/core';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '@roundtable/shared/protocol/collab';
import { createDocumentExtensions } from '@roundtable/shared/editor/extensions';

export interface TextBlock {
  /** 'heading' or 'paragraph' (list items and quotes count as paragraphs). */
  kind: 'heading' | 'paragraph';
  text: string;
}

export function documentFromUpdate(update: Uint8Array): ProseMirrorNode {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, update);
    const schema = getSchema(createDocumentExtensions());
    return yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(CONTENT_FRAGMENT), schema);
  } finally {
    doc.destroy();
  }
}

export function jsonFromUpdate(update: Uint8Array): JSONContent {
  return documentFromUpdate(update).toJSON() as JSONContent;
}

/** Every block of text in reading order: headings and paragraphs, wherever they sit. */
export function blocksOf(node: ProseMirrorNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  node.descendants((child) => {
    if (!child.isTextblock) return true;
    blocks.push({
      kind: child.type.name === 'heading' ? 'heading' : 'paragraph',
      text: child.textContent,
    });
    return false;
  });
  return blocks;
}
