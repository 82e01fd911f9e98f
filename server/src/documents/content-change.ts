// A change Roundtable itself makes to a document's content: read the stored state with the
// editor's own schema, let a ProseMirror command change it, and turn the result into a Yjs
// change (the same diffing y-tiptap's editor binding does), to be stored and relayed like any
// edit. Deciding a suggestion and erasing a person both change content this way.
import type { Schema } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { updateYFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { newServerDoc } from './server-doc.ts';
import { CONTENT_FRAGMENT } from '@roundtable/shared/protocol/collab';
import { repairContent } from './content-repair.ts';
import { ContentRules } from './content-rules.ts';

export interface ChangeOptions {
  /** More to do in the same Yjs transaction, right after the edit is written. */
  afterEdit?: (fragment: Y.XmlFragment, transaction: Y.Transaction) => void;
}

/** Returns the changed editor state, or undefined when there is nothing to change. */
export type ContentEdit = (state: EditorState) => EditorState | undefined;

/**
 * The Yjs change that makes `edit` to the document in `doc` (which it is applied to as well);
 * undefined when the edit changes nothing.
 */
export function changeDoc(
  doc: Y.Doc,
  schema: Schema,
  edit: ContentEdit,
  options: ChangeOptions = {},
): Uint8Array | undefined {
  const fragment = doc.getXmlFragment(CONTENT_FRAGMENT);
  const before = Y.encodeStateVector(doc);
  // A document stored before the schema guard may not fit the schema: the repair goes with
  // the change, since y-tiptap would throw on it or delete what it cannot place.
  repairContent(fragment, new ContentRules(schema));
  const root = yXmlFragmentToProseMirrorRootNode(fragment, schema);
  const edited = edit(EditorState.create({ schema, doc: root }));
  if (!edited) return undefined;
  doc.transact((transaction) => {
    updateYFragment(doc, fragment, edited.doc, { mapping: new Map(), isOMark: new Map() });
    options.afterEdit?.(fragment, transaction);
  });
  return Y.encodeStateAsUpdate(doc, before);
}

/** As changeDoc, on a stored state: the change to write, or undefined. */
export function changeContent(
  options: { state: Uint8Array; schema: Schema; edit: ContentEdit } & ChangeOptions,
): Uint8Array | undefined {
  const doc = newServerDoc();
  try {
    Y.applyUpdate(doc, options.state);
    return changeDoc(doc, options.schema, options.edit, options);
  } finally {
    doc.destroy();
  }
}
