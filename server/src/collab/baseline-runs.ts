// A draft's "baseline": how it reads if every pending suggestion were turned down (the words,
// and their formatting, outside suggested insertions, and the pictures of paragraphs), as runs
// of text with one format each. It is the concatenation of each top-level block's runs, so a
// change can be judged by the blocks it touches (suggestion-guard.ts).
import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '@roundtable/shared/protocol/collab';

const SUGGESTION_KEYS = new Set(['insertion', 'deletion', 'modification']);
/**
 * The suggestion library marks the boundaries of a suggestion that crosses paragraphs with
 * zero-width spaces, always part of the suggestion (marked), and deciding it can leave one
 * behind, unmarked, at the edge of its paragraph. Those are not words. Anywhere else, or carrying
 * formatting of its own (a link, bold), a zero-width space is text like any other: otherwise
 * anyone could slip invisible characters, or a hidden link, into a draft in review.
 */
const ZERO_WIDTH = /\u200B/g;
const LEADING_ZERO_WIDTH = /^\u200B+/;
const TRAILING_ZERO_WIDTH = /\u200B+$/;

/** The words of one piece of a paragraph's text, as the baseline reads them. */
function wordsOf(
  insert: string,
  marked: boolean,
  formatted: boolean,
  first: boolean,
  last: boolean,
): string {
  if (marked) return insert.replace(ZERO_WIDTH, '');
  if (formatted) return insert;
  let words = insert;
  if (first) words = words.replace(LEADING_ZERO_WIDTH, '');
  if (last) words = words.replace(TRAILING_ZERO_WIDTH, '');
  return words;
}

export interface Run {
  text: string;
  format: string;
  /** A paragraph's picture: always a run of its own, never joined to the next. */
  picture?: true;
}

/** Appends a run, joining it to the last one when they share a format. */
function append(runs: Run[], run: Run): void {
  const last = runs.at(-1);
  if (!run.picture && last && !last.picture && last.format === run.format) last.text += run.text;
  else if (run.text) runs.push({ ...run });
}

function collectRuns(child: unknown, runs: Run[]): void {
  if (child instanceof Y.XmlText) {
    const delta = child.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[];
    delta.forEach(({ insert, attributes = {} }, index) => {
      if (attributes.insertion) return;
      const kept = Object.entries(attributes).filter(([key]) => !SUGGESTION_KEYS.has(key));
      const marked = kept.length < Object.keys(attributes).length;
      const text =
        typeof insert === 'string'
          ? wordsOf(insert, marked, kept.length > 0, index === 0, index === delta.length - 1)
          : '\uFFFC';
      append(runs, { text, format: JSON.stringify(kept.sort(([a], [b]) => a.localeCompare(b))) });
    });
  } else if (child instanceof Y.XmlElement) {
    const picture: unknown = child.getAttribute('picture');
    if (picture) {
      const format = JSON.stringify(['picture', picture, child.getAttribute('pictureAlt')]);
      append(runs, { text: '\uFFFC', format, picture: true });
    }
    for (const grandchild of child.toArray()) collectRuns(grandchild, runs);
  }
}

/** The runs of one top-level block (an item of the content fragment); none for other content. */
export function runsOfBlock(block: Y.Item): Run[] {
  const runs: Run[] = [];
  if (block.content instanceof Y.ContentType) collectRuns(block.content.type, runs);
  return runs;
}

/** Blocks' runs, in order, as one comparable string. */
export function joinRuns(blocks: Iterable<Run[]>): string {
  const joined: Run[] = [];
  for (const runs of blocks) for (const run of runs) append(joined, run);
  return JSON.stringify(joined.map(({ text, format }) => [text, format]));
}

/** The live (not deleted) top-level blocks of a document's content, in order. */
export function* blocksOf(doc: Y.Doc): Generator<Y.Item> {
  for (let item = doc.getXmlFragment(CONTENT_FRAGMENT)._start; item; item = item.right) {
    if (!item.deleted) yield item;
  }
}

/** The whole draft without its pending suggestions, for comparing. */
export function baselineOf(doc: Y.Doc): string {
  return joinRuns([...blocksOf(doc)].map(runsOfBlock));
}
