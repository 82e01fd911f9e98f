// The word a person chose in the text to explain: the words they selected, or with nothing
// selected, the word the caret is in.
import type { EditorState } from '@tiptap/pm/state';
import { HARD_WORD_MAX_LENGTH } from '@roundtable/shared/editor/hard-words';

export type ChosenWord = { ok: true; word: string } | { ok: false; message: string };

const NOTHING = 'Select a word first, or put the cursor in it, then press Explain a word.';
const TOO_LONG = `That is too long for a hard word. Select one word, or a few words (up to ${HARD_WORD_MAX_LENGTH} letters).`;

/** The letters and digits of the word around `offset` in `text`, or '' when there is none. */
export function wordAround(text: string, offset: number): string {
  const before = /[\p{L}\p{N}'’-]*$/u.exec(text.slice(0, offset))?.[0] ?? '';
  const after = /^[\p{L}\p{N}'’-]*/u.exec(text.slice(offset))?.[0] ?? '';
  return (before + after).replace(/^['’-]+|['’-]+$/g, '');
}

export function chosenWord(state: EditorState): ChosenWord {
  const { selection } = state;
  const word = selection.empty
    ? wordAround(selection.$head.parent.textContent, selection.$head.parentOffset)
    : state.doc.textBetween(selection.from, selection.to, ' ', ' ');
  const tidy = word
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (tidy === '') return { ok: false, message: NOTHING };
  if (tidy.length > HARD_WORD_MAX_LENGTH) return { ok: false, message: TOO_LONG };
  return { ok: true, word: tidy };
}
