// Light marks in the text where the helper found something: ProseMirror decorations, drawn by
// this person's browser only and never written into the shared document. Sentences get a dotted
// line under them and words a dashed one, so the marks do not rely on colour (see
// plain-english.css). Between checks the marks move with the text as people type.
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Finding, FindingKind } from '../analysis/index.ts';

export const plainEnglishMarksKey = new PluginKey<DecorationSet>('plain-english-marks');

const SENTENCE_KINDS: ReadonlySet<FindingKind> = new Set([
  'long-sentence',
  'ideas',
  'hard-to-read',
]);

export function createPlainEnglishMarks(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: plainEnglishMarksKey,
    state: {
      init: () => DecorationSet.empty,
      apply: (tr, previous) => {
        const next = tr.getMeta(plainEnglishMarksKey) as DecorationSet | undefined;
        return next ?? previous.map(tr.mapping, tr.doc);
      },
    },
    props: {
      decorations: (state) => plainEnglishMarksKey.getState(state),
    },
  });
}

export interface BlockFindings {
  /** Where the block's text starts in the document, and its length. */
  start: number;
  length: number;
  findings: readonly Finding[];
}

interface Mark {
  /** Offsets in the block's text. */
  from: number;
  to: number;
  className: string;
}

/**
 * The marks one block's findings make: one line under each sentence, however many findings
 * (findings come sorted, a sentence's own before the words in it, so repeats are side by side).
 */
function marksOf(block: BlockFindings): Mark[] {
  const marks: Mark[] = [];
  let lastSentence: Mark | null = null;
  for (const finding of block.findings) {
    if (finding.from >= finding.to || finding.to > block.length) continue;
    // The workspace's own hard words have their own mark in the editor (features/hard-words).
    if (finding.workspaceWord) continue;
    const sentence = SENTENCE_KINDS.has(finding.kind);
    if (sentence && lastSentence?.from === finding.from && lastSentence.to === finding.to) continue;
    const mark = {
      from: finding.from,
      to: finding.to,
      className: classNameOf(sentence, finding.hint),
    };
    if (sentence) lastSentence = mark;
    marks.push(mark);
  }
  return marks;
}

const CLASS_NAMES = {
  sentence: 'rt-plain-mark rt-plain-mark--sentence',
  sentenceHint: 'rt-plain-mark rt-plain-mark--sentence rt-plain-mark--hint',
  word: 'rt-plain-mark rt-plain-mark--word',
  wordHint: 'rt-plain-mark rt-plain-mark--word rt-plain-mark--hint',
};

function classNameOf(sentence: boolean, hint: boolean): string {
  if (sentence) return hint ? CLASS_NAMES.sentenceHint : CLASS_NAMES.sentence;
  return hint ? CLASS_NAMES.wordHint : CLASS_NAMES.word;
}

const sameMark = (decoration: Decoration, mark: Mark, start: number): boolean =>
  decoration.from - start === mark.from &&
  decoration.to - start === mark.to &&
  (decoration.spec as Mark).className === mark.className;

function sameMarks(existing: readonly Decoration[], wanted: readonly Mark[], start: number) {
  if (existing.length !== wanted.length) return false;
  // Usually in the same order; if not, compare as sets.
  if (existing.every((decoration, at) => wanted[at] && sameMark(decoration, wanted[at], start)))
    return true;
  return existing.every((decoration) => wanted.some((mark) => sameMark(decoration, mark, start)));
}

/**
 * The marks for these blocks, changing only the blocks whose marks differ from `current` (the
 * marks as they were, moved along with the text): after an edit, usually one paragraph. Blocks
 * not given (waiting for the worker) keep the marks they had.
 */
export function updateMarks(
  current: DecorationSet,
  doc: ProseMirrorNode,
  blocks: readonly BlockFindings[],
): DecorationSet {
  const size = doc.content.size;
  const removed: Decoration[] = [];
  const added: Decoration[] = [];
  // One pass over the marks, in step with the blocks (both in document order): finding each
  // block's marks with find(from, to) would search the whole set once per block.
  const all = current.find();
  if (all.some((decoration, at) => at > 0 && decoration.from < (all[at - 1]?.from ?? 0)))
    all.sort((a, b) => a.from - b.from);
  let next = 0;
  for (const block of blocks) {
    const end = block.start + block.length;
    if (end > size) continue;
    while (next < all.length && (all[next]?.from ?? 0) < block.start) next += 1;
    const existing: Decoration[] = [];
    for (let at = next; at < all.length; at++) {
      const decoration = all[at];
      if (!decoration || decoration.from > end) break;
      existing.push(decoration);
    }
    const wanted = marksOf(block);
    if (sameMarks(existing, wanted, block.start)) continue;
    removed.push(...existing);
    for (const mark of wanted) {
      const from = block.start + mark.from;
      const to = block.start + mark.to;
      added.push(Decoration.inline(from, to, { class: mark.className }, mark));
    }
  }
  if (removed.length === 0 && added.length === 0) return current;
  return current.remove(removed).add(doc, added);
}

/** All the marks at once. */
export function markDecorations(
  doc: ProseMirrorNode,
  blocks: readonly BlockFindings[],
): DecorationSet {
  return updateMarks(DecorationSet.empty, doc, blocks);
}
