import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { yjsStateToProseMirrorJSON } from './document-model.ts';
import { EVERY_NODE_DOCUMENT, HOSTILE_DOCUMENT, RECORD, storedState } from './fixtures.ts';
import { renderPdf } from './pdf.ts';

const everyNode = yjsStateToProseMirrorJSON(storedState(EVERY_NODE_DOCUMENT));
const hostile = yjsStateToProseMirrorJSON(storedState(HOSTILE_DOCUMENT));
const directory = mkdtempSync(join(tmpdir(), 'roundtable-pdf-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** Runs a poppler tool on the PDF and returns what it prints. */
function poppler(tool: 'pdftotext' | 'pdfinfo', pdf: Buffer, ...args: string[]): string {
  const file = join(directory, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const output = tool === 'pdftotext' ? [file, '-'] : [file];
  const result = spawnSync(`/usr/bin/${tool}`, [...args, ...output], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

/** Word heights in points from pdftotext's bounding boxes. */
function wordHeights(pdf: Buffer, word: string): number[] {
  const html = poppler('pdftotext', pdf, '-bbox');
  return [
    ...html.matchAll(
      /<word xMin="[^"]+" yMin="([^"]+)" xMax="[^"]+" yMax="([^"]+)">([^<]*)<\/word>/g,
    ),
  ]
    .filter((match) => match[3] === word)
    .map((match) => Number(match[2]) - Number(match[1]));
}

describe('renderPdf', () => {
  it('writes real text: title, agreement, headings, list items and the record', async () => {
    const pdf = await renderPdf(everyNode, {
      title: 'Strategy draft',
      easyRead: false,
      agreed: { date: '3 March 2026', workspaceName: 'Hill Ward' },
      record: RECORD,
    });
    const lines = poppler('pdftotext', pdf)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    expect(lines.slice(0, 4)).toEqual([
      'Strategy draft',
      'Agreed on 3 March 2026 by Hill Ward',
      'Our vision',
      'Plain, bold, italic, both and a council site.',
    ]);
    for (const text of [
      'Second line.',
      'Priorities',
      'First priority',
      'Second priority',
      'Step one',
      'Step two',
      'Third',
      'Fourth',
      'We want to be heard.',
      'Risks',
      'Write to the team.',
      'Co-production record',
      'Asha Patel',
      'Do we agree the draft?',
      'in the room: 55% of the text',
    ]) {
      expect(lines).toContain(text);
    }
    for (const marker of ['•', '1.', '2.', '3.', '4.']) expect(lines).toContain(marker);
  });

  it('is tagged PDF 1.7 in en-GB, shows its title, and has bookmarks and links', async () => {
    const pdf = await renderPdf(everyNode, {
      title: 'Strategy draft',
      easyRead: false,
      record: RECORD,
    });
    const info = poppler('pdfinfo', pdf);
    expect(info).toMatch(/^Title:\s+Strategy draft$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^PDF version:\s+1\.7$/m);
    const bytes = pdf.toString('latin1');
    expect(bytes).toContain('/Lang (en-GB)');
    expect(bytes).toContain('/DisplayDocTitle true');
    expect(bytes).toContain('/Outlines');
    for (const bookmark of ['Our vision', 'Priorities', 'Risks', 'Co-production record']) {
      expect(bytes).toContain(`/Title (${bookmark})`);
    }
    expect(bytes).toContain('/URI (https://example.org/council)');
    expect(bytes).toContain('/URI (mailto:team@example.org)');
    const structure = poppler('pdfinfo', pdf, '-struct');
    for (const tag of [
      'H1',
      'H2',
      'H3',
      'H4',
      'P',
      'L',
      'LI',
      'Lbl',
      'LBody',
      'BlockQuote',
      'Link',
    ]) {
      expect(structure).toMatch(new RegExp(`^\\s*${tag}\\b`, 'm'));
    }
  });

  it('keeps script and unsafe links as inert text', async () => {
    const pdf = await renderPdf(hostile, { title: '<b>x</b>', easyRead: false });
    const text = poppler('pdftotext', pdf);
    expect(text).toContain('<script>alert(1)</script> and *stars* & [brackets] click me');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    const bytes = pdf.toString('latin1');
    expect(bytes).not.toContain('javascript');
    expect(bytes).not.toContain('/URI');
  });

  it('sets Easy Read text larger than the normal layout', async () => {
    const normal = await renderPdf(everyNode, { title: 'Draft', easyRead: false });
    const easyRead = await renderPdf(everyNode, { title: 'Draft', easyRead: true });
    const [normalHeight] = wordHeights(normal, 'Plain,');
    const [easyReadHeight] = wordHeights(easyRead, 'Plain,');
    // Poppler's word box is the font's ascent plus descent: at least 0.925 of the font size.
    expect(easyReadHeight).toBeGreaterThanOrEqual(0.925 * 16 - 0.1);
    expect(easyReadHeight).toBeGreaterThan((normalHeight ?? 0) * 1.3);
    expect(poppler('pdftotext', easyRead)).toContain('Plain, bold, italic, both');
  });

  it('breaks a 100,000-character word across lines, keeping every character inside the page', async () => {
    const word = 'abcdefghijklmnopqrstuvwxyz'.repeat(4000).slice(0, 100_000);
    const doc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: `Look ${word} end` }] }],
    };
    // Before the fix this took 22 s; a generous bound only says it finishes.
    const pdf = await renderPdf(doc, { title: 'Long', easyRead: false });
    const boxes = [
      ...poppler('pdftotext', pdf, '-bbox').matchAll(
        /<word xMin="([^"]+)" yMin="[^"]+" xMax="([^"]+)" yMax="[^"]+">([^<]*)<\/word>/g,
      ),
    ].map((match) => ({ left: Number(match[1]), right: Number(match[2]), text: match[3] ?? '' }));
    // Not "end", nor the "of" of each page's "Page 2 of 40".
    const pieces = boxes.filter(
      (box) => /^[a-z]+$/.test(box.text) && !['end', 'of'].includes(box.text),
    );
    // Compared as a boolean: a failure must not print 100,000 characters.
    expect(pieces.map((box) => box.text).join('') === word).toBe(true);
    expect(pieces.length).toBeGreaterThan(100);
    // A4 is 595.28 pt wide with 64 pt margins.
    for (const box of pieces) {
      expect(box.left).toBeGreaterThanOrEqual(64 - 0.5);
      expect(box.right).toBeLessThanOrEqual(595.28 - 64 + 0.5);
    }
  }, 15_000);
});
