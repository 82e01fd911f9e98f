// Erasing a person from a document's content: the suggestion marks that name them as author
// name their pseudonym instead ("Former member 3"), or, if the administrator chose so, their
// suggestions still waiting for a decision are taken out (as if rejected). The text they wrote
// stays: it is the group's. Used on the live draft (as a Yjs change, stored and relayed) and on
// every stored version (re-encoded, so the old marks are gone from the bytes too).
import { revertSuggestion } from '@handlewithcare/prosemirror-suggest-changes';
import type { Mark, Schema } from '@tiptap/pm/model';
import type { EditorState } from '@tiptap/pm/state';
import * as Y from 'yjs';
import { SUGGESTION_MARK_NAMES } from '@roundtable/shared/editor/suggestion-marks';
import { listSuggestions } from '@roundtable/shared/editor/suggestions';
import { changeContent, changeDoc, type ContentEdit } from './content-change.ts';
import { docFromUpdates } from './snapshot.ts';

export interface Reattribution {
  /** The erased person's id. */
  from: string;
  /** Their pseudonym's id. */
  to: string;
  /** Take their pending suggestions out instead of naming the pseudonym. */
  removePending: boolean;
}

const isTheirs = (mark: Mark, from: string): boolean =>
  (SUGGESTION_MARK_NAMES as readonly string[]).includes(mark.type.name) &&
  mark.attrs.author === from;

function renamed(state: EditorState, { from, to }: Reattribution): EditorState | undefined {
  const tr = state.tr;
  state.doc.descendants((node, pos) => {
    for (const mark of node.marks) {
      if (!isTheirs(mark, from)) continue;
      const next = mark.type.create({ ...mark.attrs, author: to });
      if (node.isText) {
        tr.removeMark(pos, pos + node.nodeSize, mark);
        tr.addMark(pos, pos + node.nodeSize, next);
      } else {
        tr.removeNodeMark(pos, mark);
        tr.addNodeMark(pos, next);
      }
    }
  });
  return tr.docChanged ? state.apply(tr) : undefined;
}

function withoutPending(state: EditorState, { from }: Reattribution): EditorState | undefined {
  const theirs = listSuggestions(state.doc).filter((s) => s.author === from);
  let edited = state;
  for (const suggestion of theirs) {
    revertSuggestion(suggestion.id)(edited, (tr) => {
      edited = edited.apply(tr);
    });
  }
  return edited === state ? undefined : edited;
}

/**
 * Changing a mark's attributes makes Yjs put, after the text, a marker restoring the old value
 * (the person's id) that the next marker overrides at once. Such a marker changes nothing
 * anyone sees, so it is deleted, and the old value goes from the bytes with it.
 */
const dropOldMarkers =
  ({ from }: Reattribution) =>
  (fragment: Y.XmlFragment, transaction: Y.Transaction): void => {
    for (const node of fragment.createTreeWalker(() => true)) {
      if (!(node instanceof Y.XmlText)) continue;
      for (let item = node._start; item; item = item.right) {
        if (!item.deleted && namesThem(item, from) && overriddenAtOnce(item)) {
          item.delete(transaction);
        }
      }
    }
  };

function namesThem(item: Y.Item, from: string): boolean {
  if (!(item.content instanceof Y.ContentFormat)) return false;
  const value: unknown = item.content.value;
  return typeof value === 'object' && value !== null && 'author' in value && value.author === from;
}

/** Another marker for the same mark follows before any text: this one has no effect. */
function overriddenAtOnce(item: Y.Item): boolean {
  const key = (item.content as Y.ContentFormat).key;
  for (let next = item.right; next; next = next.right) {
    if (next.deleted) continue;
    if (next.countable) return false;
    if (next.content instanceof Y.ContentFormat && next.content.key === key) return true;
  }
  return false;
}

const editFor =
  (change: Reattribution): ContentEdit =>
  (state) => {
    const cleared = change.removePending ? withoutPending(state, change) : undefined;
    // Anything of theirs a revert left behind is named for the pseudonym all the same.
    return renamed(cleared ?? state, change) ?? cleared;
  };

/** The change that erases the person from a live draft's state; undefined if none is needed. */
export function reattributionUpdate(
  state: Uint8Array,
  schema: Schema,
  change: Reattribution,
): Uint8Array | undefined {
  return changeContent({ state, schema, edit: editFor(change), afterEdit: dropOldMarkers(change) });
}

/**
 * A stored version's state with the person erased, encoded anew: deleted content (such as the
 * old marks) is garbage-collected, so its bytes no longer hold their id.
 */
export function reattributedVersion(
  state: Uint8Array,
  schema: Schema,
  change: Reattribution,
): Uint8Array {
  const doc = docFromUpdates([state]);
  try {
    changeDoc(doc, schema, editFor(change), { afterEdit: dropOldMarkers(change) });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
