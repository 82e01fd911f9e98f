// Reads the sentence structure that retext-english parsed: how many words each sentence has,
// how many parts are joined into it ("and", "but", "which", "because" …), and the abbreviations
// in it (all capitals, 2 to 6 letters) with whether each is explained on the spot.
import type { Paragraph, Root, Sentence, SentenceContent } from 'nlcst';
import { toString } from 'nlcst-to-string';
import type { AbbreviationUse } from './types.ts';
import { WELL_KNOWN_ABBREVIATIONS } from './uk-plain-words.ts';

export interface SentenceShape {
  from: number;
  to: number;
  words: number;
  /** Words and punctuation that join one part of a sentence to another. */
  joins: number;
  abbreviations: AbbreviationUse[];
}

const JOINING_WORDS = new Set([
  'and',
  'but',
  'or',
  'so',
  'because',
  'which',
  'while',
  'whilst',
  'although',
  'though',
  'whereas',
  'unless',
  'however',
]);
const JOINING_PUNCTUATION = new Set([';', ':']);
const ABBREVIATION = /^([A-Z]{2,6})s?$/;
const ROMAN_NUMERAL = /^[IVX]+$/;

const offsetsOf = (node: {
  position?: { start: { offset?: number }; end: { offset?: number } };
}) => ({
  from: node.position?.start.offset ?? 0,
  to: node.position?.end.offset ?? 0,
});

export function sentencesOf(tree: Root): Sentence[] {
  return tree.children
    .filter((child): child is Paragraph => child.type === 'ParagraphNode')
    .flatMap((paragraph) =>
      paragraph.children.filter((child): child is Sentence => child.type === 'SentenceNode'),
    );
}

/** The next or previous sibling that is not white space. */
function neighbour(children: SentenceContent[], index: number, step: 1 | -1) {
  for (let at = index + step; at >= 0 && at < children.length; at += step) {
    const child = children[at];
    if (child && child.type !== 'WhiteSpaceNode') return child;
  }
  return undefined;
}

function isPunctuation(node: SentenceContent | undefined, value: string): boolean {
  return node?.type === 'PunctuationNode' && node.value === value;
}

export function shapeOf(sentence: Sentence): SentenceShape {
  const words = sentence.children.filter((child) => child.type === 'WordNode');
  const texts = words.map((word) => toString(word));
  // A heading in capitals is not full of abbreviations.
  const shouting = texts.length >= 3 && texts.every((text) => text === text.toUpperCase());
  let joins = 0;
  const abbreviations: AbbreviationUse[] = [];
  sentence.children.forEach((child, index) => {
    if (child.type === 'PunctuationNode' && JOINING_PUNCTUATION.has(child.value)) joins += 1;
    if (child.type !== 'WordNode') return;
    const text = toString(child);
    if (JOINING_WORDS.has(text.toLowerCase())) joins += 1;
    const abbreviation = ABBREVIATION.exec(text)?.[1];
    if (!abbreviation || shouting || ROMAN_NUMERAL.test(abbreviation)) return;
    if (WELL_KNOWN_ABBREVIATIONS.has(abbreviation)) return;
    const before = neighbour(sentence.children, index, -1);
    const after = neighbour(sentence.children, index, 1);
    const inBrackets = isPunctuation(before, '(') && isPunctuation(after, ')');
    const followedByMeaning =
      isPunctuation(after, '(') &&
      neighbour(sentence.children, sentence.children.indexOf(after as SentenceContent), 1)?.type ===
        'WordNode';
    abbreviations.push({
      abbreviation,
      ...offsetsOf(child),
      explained: inBrackets || followedByMeaning,
    });
  });
  return { ...offsetsOf(sentence), words: words.length, joins, abbreviations };
}
