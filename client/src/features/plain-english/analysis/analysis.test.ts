// The plain-English helper's findings for a fixed set of sentences, from the same analysis the
// worker runs (no Worker here: the module is pure).
import { describe, expect, it } from 'vitest';
import { ParagraphAnalyser } from './analyse-paragraph.ts';
import { combineParagraphs } from './document.ts';
import type { AnalysisOptions, Finding } from './types.ts';
import { otherLines, sentencesLine } from './words.ts';

const analyser = new ParagraphAnalyser();
const standard: AnalysisOptions = { easyRead: false, workspaceWords: [] };
const easyRead: AnalysisOptions = { easyRead: true, workspaceWords: [] };

/** A sentence of `count` words: "We will meet people ..." */
function sentenceOf(count: number): string {
  const words =
    'We will meet people who use our services in the town hall every month to talk about what works for them and what could be better next year'.split(
      ' ',
    );
  return `${words.slice(0, count).join(' ')}.`;
}

const marked = (text: string, finding: Finding) => text.slice(finding.from, finding.to);
const ofKind = (findings: Finding[], kind: Finding['kind']) =>
  findings.filter((finding) => finding.kind === kind);

describe('long sentences', () => {
  it('counts the words of a sentence over 15 in Easy Read', () => {
    const text = sentenceOf(23);
    const { findings, sentences, longSentences } = analyser.analyse(text, easyRead);
    const long = ofKind(findings, 'long-sentence');
    expect(long.map((f) => f.message)).toEqual(['This sentence has 23 words.']);
    expect(long[0]?.advice).toBe('Try to use 15 words or fewer.');
    expect(marked(text, long[0]!)).toBe(text);
    expect([sentences, longSentences]).toEqual([1, 1]);
  });

  it('lets a sentence of 23 words pass in an ordinary document, and stops at 25', () => {
    expect(ofKind(analyser.analyse(sentenceOf(23), standard).findings, 'long-sentence')).toEqual(
      [],
    );
    expect(ofKind(analyser.analyse(sentenceOf(25), standard).findings, 'long-sentence')).toEqual(
      [],
    );
    const long = ofKind(analyser.analyse(sentenceOf(26), standard).findings, 'long-sentence');
    expect(long.map((f) => f.message)).toEqual(['This sentence has 26 words.']);
  });

  it('marks only the long sentence of a paragraph', () => {
    const text = `We met. ${sentenceOf(16)} It went well.`;
    const long = ofKind(analyser.analyse(text, easyRead).findings, 'long-sentence');
    expect(long.map((f) => marked(text, f))).toEqual([sentenceOf(16)]);
  });
});

describe('hard words', () => {
  it('offers a plainer word from the UK list', () => {
    const text = 'We will utilise the budget to facilitate meetings.';
    const hard = ofKind(analyser.analyse(text, standard).findings, 'hard-word');
    expect(hard.map((f) => [marked(text, f), f.advice])).toEqual([
      ['utilise', 'Try “use” instead.'],
      ['facilitate', 'Try “help”, “make possible” or “run” instead.'],
    ]);
  });

  it('finds phrases and other forms of a word, whatever the case', () => {
    const text = 'In order to help, we Commenced the work prior to March.';
    const hard = ofKind(analyser.analyse(text, standard).findings, 'hard-word');
    expect(hard.map((f) => marked(text, f))).toEqual(['In order to', 'Commenced', 'prior to']);
  });

  it('adds the workspace’s own words with their explanation, plural or not', () => {
    const words = [{ word: 'advocate', explanation: 'someone who helps you speak up.' }];
    const text = 'Advocates can come to the meeting.';
    const hard = ofKind(
      analyser.analyse(text, { easyRead: false, workspaceWords: words }).findings,
      'hard-word',
    );
    expect(hard.map((f) => [marked(text, f), f.message, f.advice])).toEqual([
      [
        'Advocates',
        '“Advocates” is on your group’s list of hard words.',
        'Explain it, or use easier words. It means: someone who helps you speak up.',
      ],
    ]);
  });

  it('keeps a workspace word’s explanation where the UK list has the word too', () => {
    const words = [{ word: 'safeguarding', explanation: 'keeping people safe from harm.' }];
    const text = 'Safeguarding matters to us.';
    const hard = ofKind(
      analyser.analyse(text, { easyRead: false, workspaceWords: words }).findings,
      'hard-word',
    );
    expect(hard.map((f) => f.advice)).toEqual([
      'Explain it, or use easier words. It means: keeping people safe from harm.',
    ]);
  });

  it('leaves out retext-simplify advice that is wrong here', () => {
    const text = 'Tell us your address and which benefit you get.';
    expect(ofKind(analyser.analyse(text, standard).findings, 'hard-word')).toEqual([]);
  });
});

describe('the passive voice', () => {
  it('finds regular and irregular verbs, with the verb before them', () => {
    const text = 'The plan was agreed. The decision was made in May. We agreed the plan.';
    const passive = ofKind(analyser.analyse(text, standard).findings, 'passive');
    expect(passive.map((f) => marked(text, f))).toEqual(['was agreed', 'was made']);
    expect(passive[0]?.message).toBe('“was agreed” does not say who does it.');
  });

  it('does not count how someone feels', () => {
    const text = 'I was worried about the bus.';
    expect(ofKind(analyser.analyse(text, standard).findings, 'passive')).toEqual([]);
  });
});

describe('abbreviations', () => {
  const findingsOf = (paragraphs: string[]) =>
    combineParagraphs(
      paragraphs.map((text) => ({ analysis: analyser.analyse(text, standard), heading: false })),
      false,
    ).paragraphs.map((findings) => ofKind(findings, 'abbreviation'));

  it('marks an abbreviation that is not explained, the first time only', () => {
    const found = findingsOf(['The CQC checks care homes. The CQC visits.', 'The CQC wrote.']);
    expect(found.map((list) => list.map((f) => f.message))).toEqual([
      ['“CQC” is not explained.'],
      [],
    ]);
  });

  it('accepts one explained earlier in the document, either way round', () => {
    const found = findingsOf([
      'The Care Quality Commission (CQC) checks care homes.',
      'The CQC visits. ADASS (the Association of Directors of Adult Social Services) met.',
      'ADASS wrote.',
    ]);
    expect(found.flat()).toEqual([]);
  });

  it('does not count well-known ones, headings in capitals or plurals as new words', () => {
    const found = findingsOf([
      'OUR PLAN FOR NEXT YEAR',
      'Your GP and the NHS help.',
      'Ask the LDPBs.',
    ]);
    expect(found.flat().map((f) => f.message)).toEqual(['“LDPB” is not explained.']);
  });
});

describe('hints', () => {
  it('says a sentence with several joined parts may have more than one idea', () => {
    const text =
      'We want to meet more often and we want better buses, because people miss meetings when the bus is late.';
    const ideas = ofKind(analyser.analyse(text, standard).findings, 'ideas');
    expect(ideas.map((f) => [f.message, f.hint])).toEqual([
      ['This sentence may have more than one idea.', true],
    ]);
  });

  it('leaves a short joined sentence alone', () => {
    expect(ofKind(analyser.analyse('Fish and chips.', easyRead).findings, 'ideas')).toEqual([]);
  });

  it('says a short sentence of long words may be hard to read', () => {
    const text = 'The commissioning framework necessitates interdepartmental collaboration.';
    const hard = ofKind(analyser.analyse(text, standard).findings, 'hard-to-read');
    expect(hard.map((f) => [f.message, f.hint])).toEqual([
      ['This sentence may be hard to read.', true],
    ]);
    expect(
      ofKind(
        analyser.analyse('We will meet in the town hall on Monday.', standard).findings,
        'hard-to-read',
      ),
    ).toEqual([]);
  });
});

describe('the summary', () => {
  it('counts long sentences out of all sentences, and each kind of finding', () => {
    const paragraphs = [
      `${sentenceOf(20)} We met.`,
      'The plan was agreed by the CQC. We will utilise it.',
      '',
    ];
    const { summary } = combineParagraphs(
      paragraphs.map((text) => ({ analysis: analyser.analyse(text, easyRead), heading: false })),
      true,
    );
    expect(sentencesLine(summary)).toBe('1 of 4 sentences is long (more than 15 words).');
    expect(otherLines(summary)).toEqual([
      '1 hard word.',
      '1 place does not say who does it (passive voice).',
      '1 abbreviation is not explained.',
    ]);
  });

  it('checks a heading’s words, but does not count it as a sentence', () => {
    const heading =
      'How we will utilise the money we get from the council every single year from now on';
    const { summary, paragraphs } = combineParagraphs(
      [{ analysis: analyser.analyse(heading, easyRead), heading: true }],
      true,
    );
    expect(summary.sentences).toBe(0);
    expect(paragraphs[0]?.map((f) => f.kind)).toEqual(['hard-word']);
  });
});
