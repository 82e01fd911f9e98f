// Suggesting mode in the editor: while it is on, typing and deleting become suggestions (the
// suggestion library rewrites each edit), stamped with who made them and when. Changes from
// other people, undo and redo, and accepting or rejecting are never rewritten. Each
// suggestion ends with its author's name, so it is never shown by colour alone.
import { Extension } from '@tiptap/core';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { AddMarkStep, RemoveMarkStep } from '@tiptap/pm/transform';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import {
  isSuggestChangesEnabled,
  suggestChanges,
  suggestChangesKey,
} from '@handlewithcare/prosemirror-suggest-changes';
import { listSuggestions, suggestTransaction } from '@roundtable/shared/editor/suggestions';

export interface SuggestingOptions {
  /** The person id stamped on new suggestions. */
  author: () => string | null;
  /** A person's name, for the label after each suggestion. */
  nameOf: (personId: string | null) => string;
  /**
   * True while the draft is in review: the server would refuse bold or italic changes (even
   * suggested), so they are not made here either, and `onRefused` says so.
   */
  inReview: () => boolean;
  onRefused: (message: string) => void;
}

const changesFormatting = (tr: Transaction): boolean =>
  tr.steps.some((step) => step instanceof AddMarkStep || step instanceof RemoveMarkStep);

/** Set on an empty transaction to redraw the name labels (the names arrived). */
export const suggestionLabelsKey = new PluginKey('roundtable-suggestion-labels');

interface SyncMeta {
  isChangeOrigin?: boolean;
  isUndoRedoOperation?: boolean;
}

function shouldSuggest(state: EditorState, tr: Transaction): boolean {
  if (!tr.docChanged || !isSuggestChangesEnabled(state)) return false;
  // y-tiptap marks changes that came from other people, and its undo and redo, with this.
  const sync = tr.getMeta('y-sync$') as SyncMeta | undefined;
  if (sync?.isChangeOrigin || sync?.isUndoRedoOperation) return false;
  const own = tr.getMeta(suggestChangesKey) as object | undefined;
  return !(own && 'skip' in own);
}

function nameLabels(state: EditorState, nameOf: SuggestingOptions['nameOf']): DecorationSet {
  const ends = new Map<string, { pos: number; author: string | null }>();
  state.doc.descendants((node, pos) => {
    for (const mark of node.marks) {
      if (!['insertion', 'deletion', 'modification'].includes(mark.type.name)) continue;
      const id = String(mark.attrs.id);
      const author = typeof mark.attrs.author === 'string' ? mark.attrs.author : null;
      ends.set(id, { pos: pos + (node.isInline ? node.nodeSize : node.nodeSize - 1), author });
    }
    return true;
  });
  const known = new Set(listSuggestions(state.doc).map((s) => s.id));
  const widgets = [...ends.entries()]
    .filter(([id]) => known.has(id))
    .map(([id, { pos, author }]) =>
      Decoration.widget(
        pos,
        () => {
          const label = document.createElement('span');
          label.className = 'rt-suggestion-by';
          // The cards below the text say the same to screen readers, with more.
          label.setAttribute('aria-hidden', 'true');
          label.textContent = nameOf(author);
          return label;
        },
        { key: `${id}:${nameOf(author)}`, side: 1, ignoreSelection: true },
      ),
    );
  return DecorationSet.create(state.doc, widgets);
}

export const Suggesting = Extension.create<SuggestingOptions>({
  name: 'suggesting',

  addOptions() {
    return {
      author: () => null,
      nameOf: () => 'Someone',
      inReview: () => false,
      onRefused: () => undefined,
    };
  },

  addProseMirrorPlugins() {
    const { nameOf } = this.options;
    return [
      suggestChanges(),
      new Plugin({
        key: suggestionLabelsKey,
        props: { decorations: (state) => nameLabels(state, nameOf) },
      }),
    ];
  },

  dispatchTransaction({ transaction, next }) {
    const { state } = this.editor;
    if (
      shouldSuggest(state, transaction) &&
      this.options.inReview() &&
      changesFormatting(transaction)
    ) {
      this.options.onRefused('While the draft is in review, bold and italic cannot be changed.');
      return;
    }
    next(
      shouldSuggest(state, transaction)
        ? suggestTransaction(transaction, state, this.options.author(), new Date().toISOString())
        : transaction,
    );
  },
});
