// From stored Yjs state to the ProseMirror JSON that export renders, read with the editor's own
// schema (`shared/editor`), so what people see is what they export. The state is always read
// into a private copy: y-tiptap deletes content it cannot place, and an export must never change
// the stored document. Before conversion the copy is made to fit the schema (documents/
// content-repair.ts): unknown nodes and text outside a paragraph become plain text, and unknown
// marks are dropped, so the converter keeps their words instead of deleting them. Suggestions nobody has accepted yet
// are left out: export shows the text as it stands without them (suggested words are not
// there, words suggested for removal still are).
import { revertSuggestions } from '@handlewithcare/prosemirror-suggest-changes';
import { getSchema } from '@tiptap/core';
import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { newServerDoc } from '../documents/server-doc.ts';
import { CONTENT_FRAGMENT } from '@roundtable/shared/protocol/collab';
import { createDocumentExtensions } from '@roundtable/shared/editor/extensions';
import { ContentRules } from '../documents/content-rules.ts';
import { plainTextOf, repairContent } from '../documents/content-repair.ts';
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
  const copy = newServerDoc();
  Y.applyUpdate(copy, state instanceof Y.Doc ? Y.encodeStateAsUpdate(state) : state);
  const fragment = copy.getXmlFragment(CONTENT_FRAGMENT);
  repairContent(fragment, new ContentRules(schema));
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

function plainParagraphs(fragment: Y.XmlFragment): ProseMirrorJSON[] {
  return fragment
    .toArray()
    .map(plainTextOf)
    .filter((text) => text.trim() !== '')
    .map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }));
}
