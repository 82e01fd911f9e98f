// The plain-English analysis of one paragraph, built on retext: retext-english parses the text
// into sentences and words; retext-readability, retext-simplify and retext-passive, with our own
// two plugins (plugins.ts), report what they find as messages; this module turns the messages
// and the sentence structure into findings in plain words. It is pure and synchronous, so the
// worker, the unit tests and the benchmark all run exactly this.
import type { Root } from 'nlcst';
import retextEnglish from 'retext-english';
import retextPassive from 'retext-passive';
import retextReadability from 'retext-readability';
import retextSimplify from 'retext-simplify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { findHardWords } from '@roundtable/shared/editor/hard-words';
import {
  REGULAR_PASSIVE_SOURCE,
  UK_WORDS_SOURCE,
  retextRegularPassive,
  retextUkPlainWords,
} from './plugins.ts';
import { sentencesOf, shapeOf, type SentenceShape } from './sentences.ts';
import {
  longSentenceLimit,
  type AnalysisOptions,
  type Finding,
  type FindingKind,
  type ParagraphAnalysis,
} from './types.ts';
import { SIMPLIFY_LEFT_OUT, UK_PLAIN_WORDS } from './uk-plain-words.ts';
import { findingWords } from './words.ts';

/** Readers' ages for retext-readability: Easy Read is for younger reading ages. */
const READING_AGE = { easyRead: 12, standard: 16 } as const;

function createProcessor(easyRead: boolean) {
  return (
    unified()
      .use(retextEnglish)
      .use(retextReadability, { age: easyRead ? READING_AGE.easyRead : READING_AGE.standard })
      // Our UK list before retext-simplify's: where both match the same words, ours is kept.
      .use(retextUkPlainWords, { words: UK_PLAIN_WORDS })
      .use(retextSimplify, { ignore: [...SIMPLIFY_LEFT_OUT] })
      .use(retextPassive)
      .use(retextRegularPassive)
      .freeze()
  );
}

type PlainProcessor = ReturnType<typeof createProcessor>;
type VFileMessage = VFile['messages'][number];

const rangeOf = (message: VFileMessage) => ({
  from: message.place && 'start' in message.place ? (message.place.start.offset ?? 0) : 0,
  to: message.place && 'end' in message.place ? (message.place.end.offset ?? 0) : 0,
});

const overlaps = (a: { from: number; to: number }, b: { from: number; to: number }) =>
  a.from < b.to && b.from < a.to;

/** Keeps the first of any findings of the same kind that cover the same words. */
function withoutOverlaps(findings: Finding[]): Finding[] {
  const kept: Finding[] = [];
  for (const finding of findings) {
    if (!kept.some((other) => other.kind === finding.kind && overlaps(other, finding)))
      kept.push(finding);
  }
  return kept;
}

const KIND_ORDER: readonly FindingKind[] = [
  'long-sentence',
  'ideas',
  'hard-to-read',
  'passive',
  'hard-word',
  'abbreviation',
];

export class ParagraphAnalyser {
  private readonly processors = new Map<boolean, PlainProcessor>();

  private processor(easyRead: boolean): PlainProcessor {
    let processor = this.processors.get(easyRead);
    if (!processor) {
      processor = createProcessor(easyRead);
      this.processors.set(easyRead, processor);
    }
    return processor;
  }

  analyse(text: string, options: AnalysisOptions): ParagraphAnalysis {
    const processor = this.processor(options.easyRead);
    const file = new VFile(text);
    // Every plugin here only reads the tree and reports: it stays retext-english's tree.
    const tree = processor.runSync(processor.parse(file), file) as Root;
    const shapes = sentencesOf(tree).map(shapeOf);
    const limit = longSentenceLimit(options.easyRead);
    const long = shapes.filter((shape) => shape.words > limit);
    // The workspace's own words first: where a word is on both lists, its explanation is kept.
    const findings = [
      ...workspaceFindings(text, options),
      ...sentenceFindings(shapes, limit, options.easyRead),
      ...messageFindings(file.messages, text, long),
    ];
    return {
      sentences: shapes.filter((shape) => shape.words > 0).length,
      longSentences: long.length,
      findings: withoutOverlaps(findings).sort(
        (a, b) => a.from - b.from || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
      ),
      abbreviations: shapes.flatMap((shape) => shape.abbreviations),
    };
  }
}

function sentenceFindings(shapes: SentenceShape[], limit: number, easyRead: boolean): Finding[] {
  return shapes.flatMap((shape): Finding[] => {
    const found: Finding[] = [];
    const range = { from: shape.from, to: shape.to };
    if (shape.words > limit)
      found.push({
        kind: 'long-sentence',
        ...range,
        ...findingWords.longSentence(shape.words, limit),
        hint: false,
      });
    const joined = shape.joins >= 2 && shape.words >= (easyRead ? 10 : 15);
    if (joined || (shape.joins >= 1 && shape.words > limit))
      found.push({ kind: 'ideas', ...range, ...findingWords.ideas(), hint: true });
    return found;
  });
}

/** The be-verb before a participle that retext-passive marked alone: "was" in "was made". */
function withVerbBefore(text: string, from: number): number {
  const before = /(\p{L}+)\s+$/u.exec(text.slice(0, from));
  return before ? from - before[0].length : from;
}

function messageFindings(
  messages: VFileMessage[],
  text: string,
  longSentences: SentenceShape[],
): Finding[] {
  return messages.flatMap((message): Finding[] => {
    const range = rangeOf(message);
    const actual = message.actual ?? text.slice(range.from, range.to);
    switch (message.source) {
      case 'retext-readability':
        // A long sentence is already marked; saying it is hard to read too adds nothing.
        if (longSentences.some((shape) => overlaps(shape, range))) return [];
        return [{ kind: 'hard-to-read', ...range, ...findingWords.hardToRead(), hint: true }];
      case UK_WORDS_SOURCE:
      case 'retext-simplify':
        return [
          {
            kind: 'hard-word',
            ...range,
            ...findingWords.plainerWord(actual, message.expected ?? []),
            hint: false,
          },
        ];
      case 'retext-passive': {
        const from = withVerbBefore(text, range.from);
        const words = text.slice(from, range.to);
        return [
          { kind: 'passive', from, to: range.to, ...findingWords.passive(words), hint: false },
        ];
      }
      case REGULAR_PASSIVE_SOURCE:
        return [{ kind: 'passive', ...range, ...findingWords.passive(actual), hint: false }];
      default:
        return [];
    }
  });
}

function workspaceFindings(text: string, options: AnalysisOptions): Finding[] {
  return findHardWords(text, options.workspaceWords).map((match) => ({
    kind: 'hard-word' as const,
    from: match.from,
    to: match.to,
    ...findingWords.workspaceWord(text.slice(match.from, match.to), match.word.explanation),
    hint: false,
    workspaceWord: true as const,
  }));
}
