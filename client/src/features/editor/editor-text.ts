// The text "Read aloud" reads in the editor: the selection, or else the paragraph (or heading,
// or list item) the cursor is in.
import type { Editor } from '@tiptap/core';

export function textToReadAloud(editor: Editor): string {
  const { state } = editor;
  const { from, to, empty, $from } = state.selection;
  if (!empty) return state.doc.textBetween(from, to, '\n', ' ');
  return $from.parent.textContent;
}
