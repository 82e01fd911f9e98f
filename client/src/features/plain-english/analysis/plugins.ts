// Two retext plugins of our own, written like retext-simplify and retext-passive: they search
// the parsed text with nlcst-search and report each match as a message on the file.
// - The UK plain-words list (uk-plain-words.ts), which retext-simplify cannot be given.
// - The passive voice with a regular verb ("was agreed", "were consulted"): retext-passive
//   knows only irregular verbs ("was made", "were given").
import type { Root, Sentence } from 'nlcst';
import { search } from 'nlcst-search';
import { toString } from 'nlcst-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { PlainWord } from './uk-plain-words.ts';

export const UK_WORDS_SOURCE = 'uk-plain-words';
export const REGULAR_PASSIVE_SOURCE = 'regular-passive';

const pointsOf = (first: Sentence['children'][number], last: Sentence['children'][number]) =>
  first.position && last.position
    ? { start: first.position.start, end: last.position.end }
    : undefined;

export function retextUkPlainWords(options: { words: readonly PlainWord[] }) {
  const byForm = new Map<string, PlainWord>();
  for (const word of options.words) for (const form of word.forms) byForm.set(form, word);
  const phrases = [...byForm.keys()];
  return (tree: Root, file: VFile): undefined => {
    search(tree, phrases, (match, _index, parent, phrase) => {
      const first = match[0];
      const last = match[match.length - 1];
      const word = byForm.get(phrase);
      if (!first || !last || !word) return;
      const message = file.message(`Use a plainer word than ${phrase}`, {
        ancestors: [parent],
        place: pointsOf(first, last),
        source: UK_WORDS_SOURCE,
        ruleId: phrase,
      });
      message.actual = toString(match);
      message.expected = [...word.instead];
    });
    return undefined;
  };
}

const BE_VERBS = new Set(['am', 'are', 'is', 'was', 'were', 'be', 'been', 'being']);
const REGULAR_PARTICIPLE = /^[a-z]{3,}ed$/;
/** Words ending in -ed after "is" or "was" that say how someone feels, not what was done. */
const FEELINGS = new Set([
  'interested',
  'tired',
  'worried',
  'excited',
  'pleased',
  'bored',
  'scared',
  'frightened',
  'married',
  'supposed',
  'concerned',
  'confused',
  'delighted',
  'surprised',
  'shocked',
  'disappointed',
  'embarrassed',
  'annoyed',
  'ashamed',
  'amazed',
  'relieved',
]);

export function retextRegularPassive() {
  return (tree: Root, file: VFile): undefined => {
    visit(tree, 'SentenceNode', (sentence: Sentence) => {
      let previousWord: Sentence['children'][number] | null = null;
      for (const child of sentence.children) {
        if (child.type === 'WhiteSpaceNode') continue;
        if (child.type !== 'WordNode') {
          previousWord = null;
          continue;
        }
        const text = toString(child).toLowerCase();
        const before = previousWord ? toString(previousWord).toLowerCase() : '';
        if (
          previousWord &&
          BE_VERBS.has(before) &&
          REGULAR_PARTICIPLE.test(text) &&
          !FEELINGS.has(text)
        ) {
          const message = file.message('Unexpected use of the passive voice', {
            ancestors: [sentence],
            place: pointsOf(previousWord, child),
            source: REGULAR_PASSIVE_SOURCE,
            ruleId: text,
          });
          message.actual = `${toString(previousWord)} ${toString(child)}`;
        }
        previousWord = child;
      }
    });
    return undefined;
  };
}
