// The Easy Read export as a person gets it: pictures on the left and words on the right in PDF,
// Word and HTML, every character of names from many languages and an emoji in embedded fonts,
// hard words in bold with their list at the end, a "Checked by" line, page numbers, and a
// picture that cannot be found showing its alt text. Files are opened with the tools a person's
// computer would use: poppler for the PDF, an unzip of the Word file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocx } from './docx.ts';
import {
  CHECKED_STAMP,
  EASY_READ_DOCUMENT,
  EASY_READ_HARD_WORDS,
  EASY_READ_NAMES,
  easyReadPictures,
} from './easy-read-fixtures.ts';
import { renderHtml } from './html.ts';
import { renderMarkdown } from './markdown.ts';
import { renderPdfDocument } from './pdf.ts';
import type { ExportOptions } from './types.ts';

const directory = mkdtempSync(join(tmpdir(), 'roundtable-easy-read-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const easyRead: ExportOptions = {
  title: 'Our plan for better homes',
  easyRead: true,
  hardWords: EASY_READ_HARD_WORDS,
  checkedStamp: CHECKED_STAMP,
  loadPicture: easyReadPictures,
};

function run(tool: string, ...args: string[]): string {
  const result = spawnSync(`/usr/bin/${tool}`, args, { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

function save(pdf: Buffer): string {
  const file = join(directory, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

/** Each word pdftotext finds, with its left edge and height in points. */
function words(file: string): { text: string; left: number; height: number }[] {
  const html = run('pdftotext', '-bbox', file, '-');
  return [
    ...html.matchAll(/<word xMin="([^"]+)" yMin="([^"]+)" xMax="[^"]+" yMax="([^"]+)">([^<]*)</g),
  ].map((match) => ({
    text: match[4] ?? '',
    left: Number(match[1]),
    height: Number(match[3]) - Number(match[2]),
  }));
}

describe('the Easy Read PDF', () => {
  it('has every word and character, in embedded fonts, with the hard words listed and pages numbered', async () => {
    const { body, pages } = await renderPdfDocument(EASY_READ_DOCUMENT, easyRead);
    expect(pages).toBe(2);
    const file = save(body);
    const text = run('pdftotext', file, '-').replace(/\s+/g, ' ');
    for (const expected of [
      'Our plan for better homes',
      CHECKED_STAMP,
      'About this plan',
      'This plan is about better homes for people with a learning disability.',
      ...EASY_READ_NAMES,
      '👋',
      'Hard words',
      'care plan: A plan of the help and support you get.',
      'learning disability: When learning new things takes longer.',
      'Pictures by OpenMoji',
      'Page 1 of 2',
      'Page 2 of 2',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('unused word');

    const fonts = run('pdffonts', file).split('\n').slice(2).filter(Boolean);
    expect(fonts.join('\n')).toContain('AtkinsonHyperlegibleNext-Regular');
    expect(fonts.join('\n')).toContain('AtkinsonHyperlegibleNext-Bold');
    expect(fonts.join('\n')).toContain('NotoEmoji');
    // Columns: name, type, encoding, emb, sub, uni, object id: every font embedded.
    for (const font of fonts)
      expect(font.split(/\s+/).slice(-5, -2)).toEqual(['yes', 'yes', 'yes']);

    const structure = run('pdfinfo', '-struct', file);
    expect(structure).toMatch(/^\s*Figure\b/m);
    expect(run('pdfinfo', file)).toMatch(/^Tagged:\s+yes$/m);
  });

  it('puts pictures on the left and the words on the right, with the missing picture as words', async () => {
    const { body } = await renderPdfDocument(EASY_READ_DOCUMENT, easyRead);
    const placed = words(save(body));
    const leftOf = (text: string) => placed.find((word) => word.text === text)?.left ?? -1;
    const margin = 64;
    // The title and headings run across; the words of each row start after the picture column.
    expect(leftOf('Our')).toBeLessThan(margin + 1);
    expect(leftOf('About')).toBeLessThan(margin + 1);
    for (const first of ['This', 'Homes', 'Buses', 'Care', 'The']) {
      expect(leftOf(first)).toBeGreaterThan(margin + 80);
    }
    // "A calendar" could not be found: its alt text stands in the picture column.
    expect(leftOf('calendar')).toBeGreaterThanOrEqual(margin - 1);
    expect(leftOf('calendar')).toBeLessThan(margin + 80);
    // No italics in Easy Read: the italic words are set upright.
    expect(run('pdffonts', save(body))).not.toMatch(/Italic/);
  });

  it('renders page 1 as a picture that is not blank, with colour where the pictures are', async () => {
    const { body } = await renderPdfDocument(EASY_READ_DOCUMENT, easyRead);
    const prefix = join(directory, 'page');
    run('pdftoppm', '-r', '40', '-png', '-f', '1', '-l', '1', '-singlefile', save(body), prefix);
    const { channels } = await sharp(readFileSync(`${prefix}.png`)).stats();
    const [red, green, blue] = channels;
    // Dark text on white ...
    expect(Math.min(red?.min ?? 255, green?.min ?? 255, blue?.min ?? 255)).toBeLessThan(60);
    expect(red?.max).toBe(255);
    // ... and coloured pictures: the channels differ somewhere.
    expect(Math.abs((red?.mean ?? 0) - (blue?.mean ?? 0))).toBeGreaterThan(0.1);
  });

  it('sets 21 pt text larger than 16 pt, and counts the pages an Easy Read document takes', async () => {
    const sixteen = words(save((await renderPdfDocument(EASY_READ_DOCUMENT, easyRead)).body));
    const larger = await renderPdfDocument(EASY_READ_DOCUMENT, { ...easyRead, textSize: 21 });
    const twentyOne = words(save(larger.body));
    const height = (placed: typeof sixteen) => placed.find((word) => word.text === 'Buses')?.height;
    expect(height(twentyOne)).toBeGreaterThan((height(sixteen) ?? 0) * 1.25);

    const long = {
      type: 'doc',
      content: Array.from({ length: 6 }, () => EASY_READ_DOCUMENT.content ?? []).flat(),
    };
    const { pages } = await renderPdfDocument(long, easyRead);
    expect(pages).toBeGreaterThan(6);
  });
});

describe('the Easy Read Word file', () => {
  it('has a two-column table with the pictures and their alt text, and the words beside them', async () => {
    const files = unzipSync(new Uint8Array(await renderDocx(EASY_READ_DOCUMENT, easyRead)));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    // One table for each part between headings: the rows of "About this plan", of "What we
    // want", and of the hard words.
    expect(tables).toHaveLength(3);
    for (const each of tables) expect(each.match(/<w:gridCol /g)).toHaveLength(2);
    const table = tables.join('');
    expect(table).toContain('<w:drawing>');
    expect(table).toContain('descr="A house"');
    expect(table).toContain('Homes near our friends and family.');
    // A row's picture cell comes before its words.
    expect(table.indexOf('descr="A bus"')).toBeLessThan(table.indexOf('Buses that run'));
    // The missing picture's alt text is in the table instead.
    expect(table).toContain('A calendar');
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/'));
    expect(media.length).toBeGreaterThanOrEqual(6);
    for (const name of EASY_READ_NAMES) expect(xml).toContain(name);
    expect(xml).toContain('Hard words');
    expect(xml).not.toContain('<w:i/>');
    expect(xml).toMatch(
      /<w:b\/><w:bCs\/><w:sz w:val="32"\/><w:szCs w:val="32"\/><\/w:rPr><w:t xml:space="preserve">care plan</,
    );
    expect(strFromU8(files['word/styles.xml'] ?? new Uint8Array())).toContain(
      'Atkinson Hyperlegible Next',
    );
    expect(strFromU8(files['word/footer1.xml'] ?? new Uint8Array())).toContain('PAGE');
  });
});

describe('the Easy Read web page', () => {
  it('is a grid of rows: the picture with its alt text, then the words', async () => {
    const html = await renderHtml(EASY_READ_DOCUMENT, easyRead);
    expect(html).toMatch(
      /<div class="row">\n<div class="picture"><img src="data:image\/svg\+xml;base64,[^"]+" alt="A house"><\/div>/,
    );
    expect(html).toMatch(/<img src="data:image\/png;base64,[^"]+" alt="Our meeting room">/);
    expect(html).toContain('<div class="picture"><p>A calendar</p></div>');
    expect(html).toContain('<div class="picture"></div>');
    expect(html).toContain('<strong>care plan</strong>');
    expect(html).not.toContain('<em>');
    expect(html).toContain("font-family: 'Atkinson Hyperlegible Next'");
    expect(html).toContain('src: url(data:font/woff2;base64,');
    expect(html).toContain(`<p class="agreed">${CHECKED_STAMP}</p>`);
  });
});

describe('hard words in the standard layout', () => {
  it('are bold where they occur and listed at the end', async () => {
    const markdown = await renderMarkdown(EASY_READ_DOCUMENT, {
      title: 'Plan',
      easyRead: false,
      hardWords: EASY_READ_HARD_WORDS,
    });
    expect(markdown).toContain('should have a **care plan** that they can read.');
    expect(markdown).toContain('**Care plans** that we understand.');
    expect(markdown).toMatch(/## Hard words\n\n- \*\*care plan\*\*: A plan of the help/);
    expect(markdown).not.toContain('OpenMoji');
  });
});
