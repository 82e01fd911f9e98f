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

/** The marks one block's findings make: one line under each sentence, however many findings. */
function blockDecorations(block: BlockFindings, size: number): Decoration[] {
  const decorations: Decoration[] = [];
  const sentencesMarked = new Set<string>();
  for (const finding of block.findings) {
    const from = block.start + finding.from;
    const to = block.start + finding.to;
    if (from >= to || to > size) continue;
    const sentence = SENTENCE_KINDS.has(finding.kind);
    if (sentence) {
      const key = `${from}:${to}`;
      if (sentencesMarked.has(key)) continue;
      sentencesMarked.add(key);
    }
    const className = `rt-plain-mark rt-plain-mark--${sentence ? 'sentence' : 'word'}${finding.hint ? ' rt-plain-mark--hint' : ''}`;
    decorations.push(Decoration.inline(from, to, { class: className }, { className }));
  }
  return decorations;
}

const keyOf = (decoration: Decoration): string =>
  `${decoration.from}:${decoration.to}:${(decoration.spec as { className?: string }).className ?? ''}`;

function sameMarks(a: readonly Decoration[], b: readonly Decoration[]): boolean {
  if (a.length !== b.length) return false;
  const keys = new Set(a.map(keyOf));
  return b.every((decoration) => keys.has(keyOf(decoration)));
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
  for (const block of blocks) {
    const wanted = blockDecorations(block, size);
    const end = block.start + block.length;
    const existing = current.find(block.start, end);
    if (sameMarks(existing, wanted)) continue;
    removed.push(...existing);
    added.push(...wanted);
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
