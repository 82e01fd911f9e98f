// Hard words in exports: in bold wherever they are in the text, and listed with what they mean
// under "Hard words" at the end of the text, in every format.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { HardWord } from '@roundtable/shared/editor/hard-words';
import type { Inline } from './blocks.ts';
import { renderDocx } from './docx.ts';
import { buildExportModel } from './export-model.ts';
import { markInlines } from './hard-words.ts';
import { renderHtml } from './html.ts';
import { renderMarkdown } from './markdown.ts';
import type { ExportOptions, ProseMirrorJSON } from './types.ts';

const advocate: HardWord = { word: 'advocate', explanation: 'someone who speaks up for you' };
const carePlan: HardWord = { word: 'care plan', explanation: 'a plan of the help you get' };
const unused: HardWord = { word: 'tribunal', explanation: 'a kind of court' };

const text = (value: string, marks: string[] = []): ProseMirrorJSON => ({
  type: 'text',
  text: value,
  ...(marks.length > 0 ? { marks: marks.map((type) => ({ type })) } : {}),
});
const paragraph = (...content: ProseMirrorJSON[]): ProseMirrorJSON => ({
  type: 'paragraph',
  content,
});
const doc: ProseMirrorJSON = {
  type: 'doc',
  content: [
    paragraph(text('Your Advocates can help with your '), text('care plan', ['italic']), text('.')),
    { type: 'heading', attrs: { level: 2 }, content: [text('More help')] },
    paragraph(text('An '), text('advo', ['bold']), text('cate listens.')),
  ],
};
const options: ExportOptions = {
  title: 'Strategy',
  easyRead: false,
  hardWords: [unused, carePlan, advocate],
};

/** Runs as "text" or "**text**", to read what is bold. */
const shown = (inlines: Inline[]) =>
  inlines.map((i) => (i.kind === 'break' ? '\n' : i.bold ? `**${i.text}**` : i.text)).join('');

describe('hard words in the export model', () => {
  it('puts every hard word in bold, across runs and whatever its case or plural', () => {
    const model = buildExportModel(doc, options);
    const [first, , second] = model.body;
    expect(first?.kind === 'paragraph' && shown(first.inlines)).toBe(
      'Your **Advocates** can help with your **care plan**.',
    );
    expect(second?.kind === 'paragraph' && shown(second.inlines)).toBe('An **advocate** listens.');
  });

  it('keeps other formatting on the words it makes bold', () => {
    const model = buildExportModel(doc, options);
    const first = model.body[0];
    const carePlanRun = first?.kind === 'paragraph' ? first.inlines[3] : undefined;
    expect(carePlanRun).toEqual({
      kind: 'text',
      text: 'care plan',
      bold: true,
      italic: true,
      href: null,
    });
  });

  it('ends the text with the hard words used, in alphabetical order, each with its meaning', () => {
    const model = buildExportModel(doc, options);
    const [heading, list] = model.body.slice(-2);
    expect(heading).toMatchObject({ kind: 'heading', level: 2 });
    expect(heading?.kind === 'heading' && shown(heading.inlines)).toBe('Hard words');
    expect(
      list?.kind === 'list' &&
        list.items.map((item) => item.map((b) => b.kind === 'paragraph' && shown(b.inlines))),
    ).toEqual([
      ['**advocate**: someone who speaks up for you'],
      ['**care plan**: a plan of the help you get'],
    ]);
  });

  it('adds no list when no hard word is in the text, or the workspace has none', () => {
    for (const hardWords of [[unused], []]) {
      const model = buildExportModel(doc, { ...options, hardWords });
      expect(model.body).toHaveLength(3);
    }
  });

  it('counts a line break as the end of a word, as the editor does', () => {
    const inlines: Inline[] = [
      { kind: 'text', text: 'care', bold: false, italic: false, href: null },
      { kind: 'break' },
      { kind: 'text', text: 'plan advocate', bold: false, italic: false, href: null },
    ];
    expect(shown(markInlines(inlines, [carePlan, advocate]))).toBe('care\nplan **advocate**');
  });
});

describe('hard words in each format', () => {
  it('HTML has them in <strong> and a "Hard words" list', async () => {
    const html = await renderHtml(doc, options);
    expect(html).toContain('<strong>Advocates</strong>');
    expect(html).toMatch(/<h2[^>]*>Hard words<\/h2>/);
    expect(html).toContain(
      '<li><p><strong>advocate</strong>: someone who speaks up for you</p></li>',
    );
  });

  it('Markdown has them in ** and a "Hard words" list', async () => {
    const markdown = await renderMarkdown(doc, options);
    expect(markdown).toContain('Your **Advocates** can help');
    expect(markdown).toContain('## Hard words\n\n- **advocate**: someone who speaks up for you');
  });

  it('DOCX has them in bold runs and a "Hard words" list', async () => {
    const files = unzipSync(new Uint8Array(await renderDocx(doc, options)));
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toMatch(/<w:r><w:rPr><w:b\/>[\s\S]{0,200}?<w:t[^>]*>Advocates<\/w:t>/);
    expect(xml).toContain('>Hard words</w:t>');
    expect(xml).toContain('>: someone who speaks up for you</w:t>');
  });
});
