// Accepting or rejecting one suggestion on the server: read the stored state with the editor's
// own schema, run the suggestion library's command, and write the result back as a Yjs change
// (the same diffing y-tiptap's editor binding does), to be stored and relayed like any edit.
import { applySuggestion, revertSuggestion } from '@handlewithcare/prosemirror-suggest-changes';
import type { Schema } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { updateYFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '@roundtable/shared/protocol/collab';
import { listSuggestions, type Suggestion } from '@roundtable/shared/editor/suggestions';
import { repairContent } from './content-repair.ts';
import { ContentRules } from './content-rules.ts';

export type SuggestionOutcome = 'accepted' | 'rejected';

export interface DecidedSuggestion {
  /** The suggestion as it stood when it was decided. */
  suggestion: Suggestion;
  /** The change that applies (accepted) or removes (rejected) it. */
  update: Uint8Array;
}

/** The suggestion with this id in a document's state, if it has one (still undecided). */
export function suggestionIn(options: {
  state: Uint8Array;
  suggestionId: string;
  schema: Schema;
}): Suggestion | undefined {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, options.state);
    const root = yXmlFragmentToProseMirrorRootNode(
      doc.getXmlFragment(CONTENT_FRAGMENT),
      options.schema,
    );
    return listSuggestions(root).find((s) => s.id === options.suggestionId);
  } finally {
    doc.destroy();
  }
}

/** Undefined when the document has no suggestion with this id (any more). */
export function decideSuggestion(options: {
  state: Uint8Array;
  suggestionId: string;
  outcome: SuggestionOutcome;
  schema: Schema;
}): DecidedSuggestion | undefined {
  const { state, suggestionId, outcome, schema } = options;
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    const fragment = doc.getXmlFragment(CONTENT_FRAGMENT);
    const before = Y.encodeStateVector(doc);
    // A document stored before the schema guard may not fit the schema: the repair goes with
    // the decision, since y-tiptap would throw on it or delete what it cannot place.
    repairContent(fragment, new ContentRules(schema));
    const root = yXmlFragmentToProseMirrorRootNode(fragment, schema);
    const suggestion = listSuggestions(root).find((s) => s.id === suggestionId);
    if (!suggestion) return undefined;
    let editorState = EditorState.create({ schema, doc: root });
    const command =
      outcome === 'accepted' ? applySuggestion(suggestionId) : revertSuggestion(suggestionId);
    command(editorState, (tr) => {
      editorState = editorState.apply(tr);
    });
    doc.transact(() => {
      updateYFragment(doc, fragment, editorState.doc, { mapping: new Map(), isOMark: new Map() });
    });
    return { suggestion, update: Y.encodeStateAsUpdate(doc, before) };
  } finally {
    doc.destroy();
  }
}
