// While "Read aloud" reads from the editor, the sentence being read is highlighted: a background,
// a thick underline and an outline (never colour alone), moved on as each sentence starts and
// mapped through edits people make meanwhile. Read aloud asks for it through `readableText`.
import { Extension, type Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

type ReadingMeta = { from: number; to: number } | null;

export const readingHighlightKey = new PluginKey<DecorationSet>('readingHighlight');

export const ReadingHighlight = Extension.create({
  name: 'readingHighlight',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: readingHighlightKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, decorations) {
            const meta = tr.getMeta(readingHighlightKey) as ReadingMeta | undefined;
            if (meta === undefined) return decorations.map(tr.mapping, tr.doc);
            if (meta === null || meta.from >= meta.to) return DecorationSet.empty;
            return DecorationSet.create(tr.doc, [
              Decoration.inline(meta.from, meta.to, { class: 'rt-reading-sentence' }),
            ]);
          },
        },
        props: {
          decorations: (state) => readingHighlightKey.getState(state),
        },
      }),
    ];
  },
});

/** Highlights the words from `from` to `to` (document positions); null clears it. */
export function setReadingHighlight(editor: Editor, range: ReadingMeta): void {
  if (editor.isDestroyed) return;
  const size = editor.state.doc.content.size;
  const meta = range
    ? { from: Math.max(0, Math.min(range.from, size)), to: Math.max(0, Math.min(range.to, size)) }
    : null;
  editor.view.dispatch(
    editor.state.tr.setMeta(readingHighlightKey, meta).setMeta('addToHistory', false),
  );
  if (meta) scrollToReading(editor, meta.from);
}

/** Keeps the sentence being read on screen, moving the page as little as it can. */
function scrollToReading(editor: Editor, from: number): void {
  try {
    const { node } = editor.view.domAtPos(from);
    const element = node instanceof Element ? node : node.parentElement;
    element?.scrollIntoView?.({ block: 'nearest' });
  } catch {
    // Positions can move under a remote edit; the highlight still shows.
  }
}

/**
 * The text between two positions, as `textBetween` gives it (blocks on lines of their own),
 * with the document position of every character, so a sentence found in the text can be
 * highlighted where it is.
 */
export function textWithPositions(
  doc: ProseMirrorNode,
  from: number,
  to: number,
): { text: string; positions: number[] } {
  let text = '';
  const positions: number[] = [];
  let startedBlock = false;
  doc.nodesBetween(from, to, (node, pos) => {
    if (node.isText && node.text) {
      const start = Math.max(from, pos);
      const end = Math.min(to, pos + node.text.length);
      for (let at = start; at < end; at++) {
        text += node.text[at - pos] ?? '';
        positions.push(at);
      }
    } else if (node.isBlock && node.isTextblock) {
      if (startedBlock && text !== '') {
        text += '\n';
        positions.push(pos);
      }
      startedBlock = true;
    } else if (node.type.name === 'hardBreak') {
      text += ' ';
      positions.push(pos);
    }
    return true;
  });
  return { text, positions };
}
