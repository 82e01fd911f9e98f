// Reading suggestions out of a document, and saying what each one does in plain words. Pure:
// used by the browser's cards and by the server when it records a decision.
import { transformToSuggestionTransaction } from '@handlewithcare/prosemirror-suggest-changes';
import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { SUGGESTION_MARK_NAMES } from './suggestion-marks.ts';

/** The library marks a boundary it inserted or deleted with a zero-width space. */
const ZERO_WIDTH = /\u200B/g;

export interface Suggestion {
  id: string;
  /** The person id of whoever suggested it, when known. */
  author: string | null;
  /** When it was suggested (ISO time), when known. */
  at: string | null;
  /** Words it would add, and words it would remove. */
  inserted: string;
  removed: string;
  /** Paragraphs (or other blocks) it would add or remove. */
  blocksInserted: number;
  blocksRemoved: number;
  /** True when it changes formatting (bold, a heading level…) rather than words. */
  formatting: boolean;
  /** Where it starts in the document, for putting the cards in reading order. */
  from: number;
}

const isSuggestionMark = (mark: Mark): boolean =>
  (SUGGESTION_MARK_NAMES as readonly string[]).includes(mark.type.name);

const idOf = (mark: Mark): string => String(mark.attrs.id as string | number);

/** Every suggestion in the document, in reading order, one per id. */
export function listSuggestions(doc: ProseMirrorNode): Suggestion[] {
  const byId = new Map<string, Suggestion>();
  const entry = (mark: Mark, pos: number): Suggestion => {
    const id = idOf(mark);
    let found = byId.get(id);
    if (!found) {
      found = {
        id,
        author: null,
        at: null,
        inserted: '',
        removed: '',
        blocksInserted: 0,
        blocksRemoved: 0,
        formatting: false,
        from: pos,
      };
      byId.set(id, found);
    }
    if (found.author === null && typeof mark.attrs.author === 'string') {
      found.author = mark.attrs.author;
    }
    if (found.at === null && typeof mark.attrs.at === 'string') found.at = mark.attrs.at;
    return found;
  };
  let lastTextBlock: ProseMirrorNode | null = null;
  doc.descendants((node, pos, parent) => {
    for (const mark of node.marks.filter(isSuggestionMark)) {
      const suggestion = entry(mark, pos);
      const type = mark.type.name;
      if (node.isText) {
        const text = (node.text ?? '').replace(ZERO_WIDTH, '');
        // Text in a new paragraph of the same suggestion reads as a new line.
        const joiner = (current: string) =>
          current && parent !== lastTextBlock && text ? ' / ' : '';
        if (type === 'insertion') suggestion.inserted += joiner(suggestion.inserted) + text;
        else if (type === 'deletion') suggestion.removed += joiner(suggestion.removed) + text;
        else suggestion.formatting = true;
      } else if (type === 'insertion') suggestion.blocksInserted++;
      else if (type === 'deletion') suggestion.blocksRemoved++;
      else suggestion.formatting = true;
    }
    if (node.isText) lastTextBlock = parent;
    return true;
  });
  return [...byId.values()].sort((a, b) => a.from - b.from);
}

const quote = (text: string, limit = 80): string => {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return `‘${trimmed.length > limit ? `${trimmed.slice(0, limit - 1)}…` : trimmed}’`;
};

/** What a suggestion does, e.g. "adds ‘more support at home’". */
export function describeSuggestion(suggestion: Suggestion): string {
  const { inserted, removed, blocksInserted, blocksRemoved, formatting } = suggestion;
  const adds = inserted.trim() !== '';
  const removes = removed.trim() !== '';
  if (adds && removes) return `replaces ${quote(removed)} with ${quote(inserted)}`;
  if (adds) return `adds ${quote(inserted)}`;
  if (removes) return `removes ${quote(removed)}`;
  if (blocksInserted > 0) return 'adds a new paragraph';
  if (blocksRemoved > 0) return 'joins two paragraphs';
  if (formatting) return 'changes the formatting';
  return 'changes the text';
}

/**
 * Gives every suggestion mark this transaction made (the library makes them with only an id)
 * its author and time. A suggestion that already has an author keeps it, so typing on at the
 * edge of someone else's suggestion does not take it over.
 */
export function stampSuggestions(tr: Transaction, author: string | null, at: string): void {
  const known = new Map<string, { author: unknown; at: unknown }>();
  const unstamped: { pos: number; node: ProseMirrorNode; mark: Mark }[] = [];
  tr.doc.descendants((node, pos) => {
    for (const mark of node.marks.filter(isSuggestionMark)) {
      if (mark.attrs.at === null) unstamped.push({ pos, node, mark });
      else if (!known.has(idOf(mark))) {
        known.set(idOf(mark), { author: mark.attrs.author, at: mark.attrs.at });
      }
    }
    return true;
  });
  for (const { pos, node, mark } of unstamped) {
    const stamp = known.get(idOf(mark)) ?? { author, at };
    const stamped = mark.type.create({ ...mark.attrs, author: stamp.author, at: stamp.at });
    if (node.isInline) tr.addMark(pos, pos + node.nodeSize, stamped);
    else tr.addNodeMark(pos, stamped);
  }
}

/** A new suggestion id: unique across people, since two may suggest at the same moment. */
export function newSuggestionId(): string {
  // getRandomValues, not randomUUID: browsers offer randomUUID only on https or localhost.
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `s${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Turns an ordinary edit into a suggestion of it (typing becomes suggested words, deleting
 * marks words as suggested for removal), made by `author` at `at`.
 */
export function suggestTransaction(
  tr: Transaction,
  state: EditorState,
  author: string | null,
  at: string,
): Transaction {
  const suggested = transformToSuggestionTransaction(tr, state, newSuggestionId);
  stampSuggestions(suggested, author, at);
  return suggested;
}
