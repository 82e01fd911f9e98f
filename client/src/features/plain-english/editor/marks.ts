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
  /** Where the block's text starts in the document. */
  start: number;
  findings: readonly Finding[];
}

export function markDecorations(
  doc: ProseMirrorNode,
  blocks: readonly BlockFindings[],
): DecorationSet {
  const decorations: Decoration[] = [];
  const size = doc.content.size;
  for (const { start, findings } of blocks) {
    const sentencesMarked = new Set<string>();
    for (const finding of findings) {
      const from = start + finding.from;
      const to = start + finding.to;
      if (from >= to || to > size) continue;
      const sentence = SENTENCE_KINDS.has(finding.kind);
      if (sentence) {
        // One line under a sentence, however many things were found about it.
        const key = `${from}:${to}`;
        if (sentencesMarked.has(key)) continue;
        sentencesMarked.add(key);
      }
      const level = sentence ? 'sentence' : 'word';
      decorations.push(
        Decoration.inline(from, to, {
          class: `rt-plain-mark rt-plain-mark--${level}${finding.hint ? ' rt-plain-mark--hint' : ''}`,
        }),
      );
    }
  }
  return DecorationSet.create(doc, decorations);
}
