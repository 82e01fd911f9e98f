// The text "Read aloud" reads in the editor: the selection, or else the paragraph (or heading,
// or list item) the cursor is in. It comes with a way to highlight the sentence being read,
// whose positions follow any edit made while reading goes on.
import type { Editor } from '@tiptap/core';
import { Mapping } from '@tiptap/pm/transform';
import type { ReadableText } from '../display/index.ts';
import { setReadingHighlight, textWithPositions } from './reading-highlight.ts';

export function textToReadAloud(editor: Editor): ReadableText {
  const { state } = editor;
  const { from, to, empty, $from } = state.selection;
  const range = empty ? { from: $from.start(), to: $from.end() } : { from, to };
  const { text, positions } = textWithPositions(state.doc, range.from, range.to);
  const mapping = new Mapping();
  const follow = ({ transaction }: { transaction: { mapping: Mapping } }) =>
    mapping.appendMapping(transaction.mapping);
  editor.on('transaction', follow);
  return {
    text,
    highlight(sentence) {
      if (!sentence) {
        editor.off('transaction', follow);
        setReadingHighlight(editor, null);
        return;
      }
      const start = positions[sentence.start];
      const last = positions[sentence.end - 1];
      if (start === undefined || last === undefined) return;
      setReadingHighlight(editor, { from: mapping.map(start), to: mapping.map(last + 1, -1) });
    },
  };
}
