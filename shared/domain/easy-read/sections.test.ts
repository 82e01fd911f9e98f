import { describe, expect, it } from 'vitest';
import { START_SECTION_ID, draftSections, pagesOf, type TextBlock } from './sections.ts';
import { linkStatus } from './staleness.ts';

const heading = (text: string, level: number, sectionId: string | null): TextBlock => ({
  kind: 'heading',
  level,
  text,
  link: { sectionId, explains: null, checkedText: null, checkedAt: null },
});
const paragraph = (text: string, picture: string | null = null): TextBlock => ({
  kind: 'paragraph',
  text,
  picture,
  pictureAlt: picture ? 'A house' : null,
});

describe('sections of a full draft', () => {
  it('runs a section to the next heading of the same or a higher level', () => {
    const sections = draftSections(
      [
        heading('Housing', 2, 'housing'),
        paragraph('We want homes near friends.'),
        heading('Rent', 3, 'rent'),
        paragraph('Rent should be fair.'),
        heading('Transport', 2, 'transport'),
        paragraph('Buses should run late.'),
      ],
      'Strategy',
    );
    expect(sections).toEqual([
      {
        id: 'housing',
        title: 'Housing',
        level: 2,
        text: 'Housing\nWe want homes near friends.\nRent\nRent should be fair.',
      },
      { id: 'rent', title: 'Rent', level: 3, text: 'Rent\nRent should be fair.' },
      { id: 'transport', title: 'Transport', level: 2, text: 'Transport\nBuses should run late.' },
    ]);
  });

  it('makes a draft with no headings one section, named by the title', () => {
    expect(draftSections([paragraph('One.'), paragraph('  '), paragraph('Two. ')], 'Plan')).toEqual(
      [{ id: START_SECTION_ID, title: 'Plan', level: 2, text: 'One.\nTwo.' }],
    );
    expect(draftSections([], 'Plan')).toHaveLength(1);
  });

  it('keeps words before the first heading as a section, but not an empty start', () => {
    const withStart = draftSections([paragraph('Hello.'), heading('A', 2, 'a')], 'Plan');
    expect(withStart.map((s) => s.id)).toEqual([START_SECTION_ID, 'a']);
    const emptyStart = draftSections([paragraph(' '), heading('A', 2, 'a')], 'Plan');
    expect(emptyStart.map((s) => s.id)).toEqual(['a']);
  });

  it('links no section to a heading without an id, or to a second heading with the same id', () => {
    const sections = draftSections(
      [heading('A', 2, 'a'), heading('B', 2, null), heading('C', 2, 'a'), paragraph('c')],
      'Plan',
    );
    expect(sections.map((s) => [s.id, s.title])).toEqual([['a', 'A']]);
  });

  it('ignores blank paragraphs and spaces at the ends, so they do not count as a change', () => {
    const before = draftSections([heading('A', 2, 'a'), paragraph('Words.')], 'Plan');
    const after = draftSections(
      [heading('A ', 2, 'a'), paragraph(''), paragraph(' Words. ')],
      'Plan',
    );
    expect(after[0]?.text).toBe(before[0]?.text);
  });
});

describe('pages of an Easy Read version', () => {
  it('starts a page at every heading, keeps pictures, and leaves out blank paragraphs', () => {
    const pages = pagesOf(
      [
        paragraph('Welcome.'),
        heading('Housing', 2, 'x'),
        paragraph('You choose where you live.', 'openmoji:1F3E0'),
        paragraph(''),
        heading('Rent', 3, 'y'),
        heading('Buses', 2, 'z'),
        paragraph('Buses run late.'),
      ],
      'Easy Read plan',
    );
    expect(pages).toEqual([
      { title: 'Easy Read plan', blocks: [{ text: 'Welcome.', picture: null, pictureAlt: null }] },
      {
        title: 'Housing',
        blocks: [
          { text: 'You choose where you live.', picture: 'openmoji:1F3E0', pictureAlt: 'A house' },
        ],
      },
      { title: 'Rent', blocks: [] },
      { title: 'Buses', blocks: [{ text: 'Buses run late.', picture: null, pictureAlt: null }] },
    ]);
  });
});

describe('whether an Easy Read section keeps in step', () => {
  const texts = new Map([['housing', 'Housing\nWe want homes.']]);
  it('is up to date while the draft words are the words checked', () => {
    expect(
      linkStatus({ explains: 'housing', checkedText: 'Housing\nWe want homes.' }, texts),
    ).toEqual({ kind: 'up-to-date', draftText: 'Housing\nWe want homes.' });
  });
  it('may be out of date once they differ, or when it was never checked', () => {
    expect(linkStatus({ explains: 'housing', checkedText: 'Housing' }, texts).kind).toBe(
      'may-be-out-of-date',
    );
    expect(linkStatus({ explains: 'housing', checkedText: null }, texts)).toEqual({
      kind: 'may-be-out-of-date',
      checkedText: '',
      draftText: 'Housing\nWe want homes.',
    });
  });
  it('says when it explains nothing, or a section the draft no longer has', () => {
    expect(linkStatus({ explains: null, checkedText: null }, texts).kind).toBe('not-linked');
    expect(linkStatus({ explains: 'gone', checkedText: 'x' }, texts).kind).toBe(
      'draft-section-gone',
    );
  });
});
