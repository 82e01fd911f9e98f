// From stored Yjs state to the ProseMirror JSON that export renders, read with the editor's own
// schema (`shared/editor`), so what people see is what they export. The state is always read
// into a private copy: y-tiptap deletes content it cannot place, and an export must never change
// the stored document. Before conversion the copy is made safe for the schema: unknown nodes
// and text outside a paragraph become plain text, and unknown marks are dropped, so the
// converter keeps their words instead of deleting them. Suggestions nobody has accepted yet
// are left out: export shows the text as it stands without them (suggested words are not
// there, words suggested for removal still are).
import { revertSuggestions } from '@handlewithcare/prosemirror-suggest-changes';
import { getSchema } from '@tiptap/core';
import type { Node as ProseMirrorNode, NodeType, Schema } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '@roundtable/shared/protocol/collab';
import { createDocumentExtensions } from '@roundtable/shared/editor/extensions';
import type { ProseMirrorJSON } from './types.ts';

/** The ProseMirror schema of a Roundtable document, from the one extension list. */
export function createDocumentSchema(): Schema {
  return getSchema(createDocumentExtensions());
}

/**
 * Reads a document's Yjs state (an update, or a Y.Doc, which is left untouched) as ProseMirror
 * JSON. Never throws on odd content: what the schema rejects is kept as text or dropped.
 */
export function yjsStateToProseMirrorJSON(
  state: Uint8Array | Y.Doc,
  schema: Schema = createDocumentSchema(),
): ProseMirrorJSON {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, state instanceof Y.Doc ? Y.encodeStateAsUpdate(state) : state);
  const fragment = copy.getXmlFragment(CONTENT_FRAGMENT);
  copy.transact(() => sanitizeChildren(fragment, schema.topNodeType, schema));
  try {
    const root = yXmlFragmentToProseMirrorRootNode(fragment, schema);
    // An empty document still has one (empty) paragraph, as in the editor.
    const filled = schema.topNodeType.createAndFill(null, root.content) ?? root;
    return withoutPendingSuggestions(filled).toJSON() as ProseMirrorJSON;
  } catch {
    // Not expected after sanitizing; the words still matter more than the structure.
    return { type: 'doc', content: plainParagraphs(fragment) };
  } finally {
    copy.destroy();
  }
}

/** The document as if every pending suggestion were turned down. */
function withoutPendingSuggestions(doc: ProseMirrorNode): ProseMirrorNode {
  let state = EditorState.create({ doc });
  revertSuggestions(state, (tr) => {
    state = state.apply(tr);
  });
  return state.doc;
}

type YChild = Y.XmlElement | Y.XmlText | Y.XmlHook;
type YContent = Y.XmlElement | Y.XmlText;

/**
 * Makes every child fit where it is, because y-tiptap deletes a node whose content the schema
 * rejects, words and all. A replacement is looked at again, so what it holds is made to fit too.
 */
function sanitizeChildren(parent: Y.XmlFragment, parentType: NodeType, schema: Schema): void {
  let index = 0;
  while (index < parent.length) {
    const child = parent.get(index) as YChild;
    const replacement = repair(child, parentType, schema);
    if (replacement) {
      parent.delete(index, 1);
      if (replacement.length > 0) parent.insert(index, replacement);
      continue;
    }
    if (child instanceof Y.XmlElement) {
      const type = schema.nodes[child.nodeName] as NodeType;
      if (type.isLeaf) child.delete(0, child.length);
      else sanitizeChildren(child, type, schema);
    } else if (child instanceof Y.XmlText) {
      dropUnknownMarks(child, schema);
    }
    index++;
  }
  // A list item opens with a paragraph.
  const first = parent.get(0) as YChild | undefined;
  const opensWithParagraph = first instanceof Y.XmlElement && first.nodeName === 'paragraph';
  if (parentType.name === 'listItem' && !opensWithParagraph) {
    parent.insert(0, [new Y.XmlElement('paragraph')]);
  }
}

/** What to put in place of a child that does not fit its parent, or null if it fits. */
function repair(child: YChild, parentType: NodeType, schema: Schema): YContent[] | null {
  const inline = parentType.inlineContent;
  if (child instanceof Y.XmlText) {
    return inline ? null : textAsBlock(plainTextOf(child), parentType);
  }
  if (!(child instanceof Y.XmlElement)) return [];
  const name = child.nodeName;
  const type = isKnownNode(name, schema) ? (schema.nodes[name] as NodeType) : null;
  if (!type || inline !== type.isInline) {
    if (type?.isLeaf) return inline ? [] : null; // a hard break between blocks, say
    return inline ? [textNode(plainTextOf(child))] : textAsBlock(plainTextOf(child), parentType);
  }
  const inList = isList(parentType);
  if (inList && name !== 'listItem') {
    const item = new Y.XmlElement('listItem');
    item.insert(
      0,
      name === 'paragraph' ? [child.clone()] : textAsBlock(plainTextOf(child), schema.topNodeType),
    );
    return [item];
  }
  if (!inList && name === 'listItem') {
    return (child.toArray() as YChild[]).flatMap((part) =>
      part instanceof Y.XmlElement || part instanceof Y.XmlText ? [part.clone()] : [],
    );
  }
  return null;
}

function isList(type: NodeType): boolean {
  return type.name === 'bulletList' || type.name === 'orderedList';
}

function isKnownNode(name: string, schema: Schema): boolean {
  return name !== 'doc' && name !== 'text' && Object.hasOwn(schema.nodes, name);
}

/** Plain text where a block belongs: a paragraph, or a list item in a list. */
function textAsBlock(text: string, parentType: NodeType): YContent[] {
  if (text.trim() === '') return [];
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [textNode(text)]);
  if (!isList(parentType)) return [paragraph];
  const item = new Y.XmlElement('listItem');
  item.insert(0, [paragraph]);
  return [item];
}

function textNode(text: string): Y.XmlText {
  const node = new Y.XmlText();
  node.insert(0, text);
  return node;
}

function dropUnknownMarks(text: Y.XmlText, schema: Schema): void {
  let offset = 0;
  const embeds: number[] = [];
  for (const op of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    if (typeof op.insert !== 'string') {
      embeds.push(offset);
      offset += 1;
      continue;
    }
    const unknown = Object.keys(op.attributes ?? {}).filter(
      (key) => !Object.hasOwn(schema.marks, markName(key)),
    );
    if (unknown.length > 0) {
      text.format(offset, op.insert.length, Object.fromEntries(unknown.map((key) => [key, null])));
    }
    offset += op.insert.length;
  }
  for (const position of embeds.reverse()) text.delete(position, 1);
}

/** y-tiptap stores overlapping marks as `name--hash`. */
function markName(attribute: string): string {
  return attribute.replace(/--[a-zA-Z0-9+/=]+$/, '');
}

function plainTextOf(node: YChild | Y.XmlFragment): string {
  if (node instanceof Y.XmlText) {
    return (node.toDelta() as { insert: unknown }[])
      .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
      .join('');
  }
  if (node instanceof Y.XmlHook) return '';
  return (node.toArray() as YChild[]).map(plainTextOf).join(' ').replace(/\s+/g, ' ').trim();
}

function plainParagraphs(fragment: Y.XmlFragment): ProseMirrorJSON[] {
  return (fragment.toArray() as YChild[])
    .map(plainTextOf)
    .filter((text) => text.trim() !== '')
    .map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }));
}
