// Marks in the text for the workspace's hard words: a ProseMirror decoration over each one, so
// nothing is written to the document (Yjs) and everyone's marks follow the same list. The words
// are found with the shared matcher, one paragraph at a time; a paragraph whose text did not
// change keeps its matches, so a keystroke or someone else's edit searches again only the
// paragraphs it touched (y-prosemirror rebuilds every node on a remote change, so the matches
// are kept by text, not by node).
import { Extension, type Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import {
  findHardWords,
  type HardWord,
  type HardWordMatch,
} from '@roundtable/shared/editor/hard-words';

interface MarksState {
  words: readonly HardWord[];
  decorations: DecorationSet;
  /** Matches per paragraph text, for the current words: the paragraphs of the last search. */
  found: Found;
}

/** Where a hard word is in the text, and which word it is. */
export interface MarkedWord {
  from: number;
  to: number;
  word: HardWord;
}

type Found = Map<string, HardWordMatch[]>;

export const HARD_WORD_CLASS = 'rt-hard-word';

export const hardWordMarksKey = new PluginKey<MarksState>('hardWordMarks');

// One character for each inline node that is not text (a line break), so offsets in the
// paragraph's text are offsets in the document, and the break ends a word.
const NOT_TEXT = '\ufffc';

function decorate(
  doc: ProseMirrorNode,
  words: readonly HardWord[],
  before: Found,
): { decorations: DecorationSet; found: Found } {
  const found: Found = new Map();
  if (words.length === 0) return { decorations: DecorationSet.empty, found };
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const text = node.textBetween(0, node.content.size, undefined, NOT_TEXT);
    const matches = found.get(text) ?? before.get(text) ?? findHardWords(text, words);
    found.set(text, matches);
    for (const match of matches) {
      decorations.push(
        Decoration.inline(
          pos + 1 + match.from,
          pos + 1 + match.to,
          { class: HARD_WORD_CLASS, 'data-hard-word': match.word.word },
          { hardWord: match.word },
        ),
      );
    }
    return false;
  });
  return { decorations: DecorationSet.create(doc, decorations), found };
}

export const HardWordMarks = Extension.create({
  name: 'hardWordMarks',
  addProseMirrorPlugins() {
    return [
      new Plugin<MarksState>({
        key: hardWordMarksKey,
        state: {
          init: () => ({ words: [], decorations: DecorationSet.empty, found: new Map() }),
          apply(tr, old, _oldState, state) {
            const words = tr.getMeta(hardWordMarksKey) as readonly HardWord[] | undefined;
            if (words !== undefined) return { words, ...decorate(state.doc, words, new Map()) };
            if (!tr.docChanged) return old;
            return { words: old.words, ...decorate(state.doc, old.words, old.found) };
          },
        },
        props: {
          decorations: (state) => hardWordMarksKey.getState(state)?.decorations ?? null,
        },
      }),
    ];
  },
});

/** Tells the marks which hard words the workspace has. */
export function setHardWords(editor: Editor, words: readonly HardWord[]): void {
  if (editor.isDestroyed) return;
  editor.view.dispatch(
    editor.state.tr.setMeta(hardWordMarksKey, words).setMeta('addToHistory', false),
  );
}

function marked(decoration: Decoration): MarkedWord {
  const { hardWord } = decoration.spec as { hardWord: HardWord };
  return { from: decoration.from, to: decoration.to, word: hardWord };
}

/** The hard word the caret is in (or touches), if any. */
export function hardWordAt(state: EditorState, pos: number): MarkedWord | null {
  const found = hardWordMarksKey.getState(state)?.decorations.find(pos, pos);
  const first = found?.find((d) => d.from <= pos && pos <= d.to);
  return first ? marked(first) : null;
}

/** The hard words in the text, each once, in alphabetical order. */
export function hardWordsInText(state: EditorState): HardWord[] {
  const used = new Set<HardWord>();
  for (const d of hardWordMarksKey.getState(state)?.decorations.find() ?? []) {
    used.add(marked(d).word);
  }
  return [...used].sort((a, b) => a.word.localeCompare(b.word, 'en-GB', { sensitivity: 'base' }));
}
