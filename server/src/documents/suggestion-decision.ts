// Accepting or rejecting one suggestion on the server: the suggestion library's command, run
// on the stored state and written back as a Yjs change (content-change.ts).
import { applySuggestion, revertSuggestion } from '@handlewithcare/prosemirror-suggest-changes';
import type { Schema } from '@tiptap/pm/model';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { newServerDoc } from './server-doc.ts';
import { CONTENT_FRAGMENT } from '@roundtable/shared/protocol/collab';
import { listSuggestions, type Suggestion } from '@roundtable/shared/editor/suggestions';
import { changeContent } from './content-change.ts';

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
  const doc = newServerDoc();
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
  let suggestion: Suggestion | undefined;
  const update = changeContent({
    state,
    schema,
    edit: (editorState) => {
      suggestion = listSuggestions(editorState.doc).find((s) => s.id === suggestionId);
      if (!suggestion) return undefined;
      let edited = editorState;
      const command =
        outcome === 'accepted' ? applySuggestion(suggestionId) : revertSuggestion(suggestionId);
      command(edited, (tr) => {
        edited = edited.apply(tr);
      });
      return edited;
    },
  });
  return suggestion && update ? { suggestion, update } : undefined;
}
