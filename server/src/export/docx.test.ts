import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { yjsStateToProseMirrorJSON } from './document-model.ts';
import { renderDocx } from './docx.ts';
import { EVERY_NODE_DOCUMENT, HOSTILE_DOCUMENT, RECORD, storedState } from './fixtures.ts';
import type { ExportOptions, ProseMirrorJSON } from './types.ts';

const everyNode = yjsStateToProseMirrorJSON(storedState(EVERY_NODE_DOCUMENT));
const hostile = yjsStateToProseMirrorJSON(storedState(HOSTILE_DOCUMENT));

async function unpack(doc: ProseMirrorJSON, options: ExportOptions) {
  const files = unzipSync(new Uint8Array(await renderDocx(doc, options)));
  const read = (path: string) => {
    const file = files[path];
    if (!file) throw new Error(`${path} is missing from the DOCX`);
    return strFromU8(file);
  };
  return {
    document: read('word/document.xml'),
    relationships: read('word/_rels/document.xml.rels'),
    numbering: read('word/numbering.xml'),
    styles: read('word/styles.xml'),
    core: read('docProps/core.xml'),
  };
}

/** The paragraphs of document.xml with their style, list level and text. */
function paragraphs(xml: string) {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((match) => {
    const body = match[1] ?? match[2] ?? '';
    return {
      style: /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1] ?? null,
      level: /<w:ilvl w:val="(\d+)"/.exec(body)?.[1] ?? null,
      text: [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((part) => part[1]).join(''),
    };
  });
}

describe('renderDocx', () => {
  it('writes Word headings, lists, links, title and language', async () => {
    const docx = await unpack(everyNode, {
      title: 'Strategy draft',
      easyRead: false,
      agreed: { date: '3 March 2026', workspaceName: 'Hill Ward' },
      record: RECORD,
    });
    const written = paragraphs(docx.document);
    expect(written.slice(0, 12)).toEqual([
      { style: 'Heading1', level: null, text: 'Strategy draft' },
      { style: null, level: null, text: 'Agreed on 3 March 2026 by Hill Ward' },
      { style: 'Heading2', level: null, text: 'Our vision' },
      {
        style: null,
        level: null,
        text: 'Plain, bold, italic, both and a council site.Second line.',
      },
      { style: 'Heading3', level: null, text: 'Priorities' },
      { style: 'ListParagraph', level: '0', text: 'First priority' },
      { style: 'ListParagraph', level: '0', text: 'Second priority' },
      { style: 'ListParagraph', level: '1', text: 'Step one' },
      { style: 'ListParagraph', level: '1', text: 'Step two' },
      { style: 'ListParagraph', level: '0', text: 'Third' },
      { style: 'ListParagraph', level: '0', text: 'Fourth' },
      { style: null, level: null, text: 'We want to be heard.' },
    ]);
    expect(written.map((paragraph) => paragraph.style)).toContain('Heading4');
    expect(written.find((paragraph) => paragraph.text === 'Co-production record')?.style).toBe(
      'Heading2',
    );
    expect(docx.document).toMatch(/<w:b\/>[\s\S]*?<w:t[^>]*>bold<\/w:t>/);
    expect(docx.document).toMatch(/<w:i\/>[\s\S]*?<w:t[^>]*>italic<\/w:t>/);
    expect(docx.document).toContain('<w:br/>');
    expect(docx.document).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"[^>]*>[\s\S]*?council site/);
    expect(docx.relationships).toMatch(
      /Target="https:\/\/example.org\/council" TargetMode="External"/,
    );
    expect(docx.relationships).toContain('Target="mailto:team@example.org"');
    expect(docx.numbering).toContain('<w:numFmt w:val="bullet"/>');
    expect(docx.numbering).toContain('<w:numFmt w:val="decimal"/>');
    expect(docx.numbering).toContain('<w:start w:val="3"/>');
    expect(docx.core).toContain('<dc:title>Strategy draft</dc:title>');
    expect(docx.styles).toContain('<w:lang w:val="en-GB"/>');
  });

  it('keeps script and unsafe links as inert text', async () => {
    const docx = await unpack(hostile, { title: '<b>x</b>', easyRead: false });
    expect(docx.document).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; and *stars* &amp; [brackets] click me',
    );
    expect(docx.document).not.toContain('<w:hyperlink');
    expect(docx.relationships).not.toContain('javascript:');
    expect(docx.core).toContain('<dc:title>&lt;b&gt;x&lt;/b&gt;</dc:title>');
  });

  it('lays out Easy Read with 16 pt runs, 1.5 line spacing, left alignment and no italics', async () => {
    const docx = await unpack(everyNode, { title: 'Draft', easyRead: true });
    const sizes = [...docx.document.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((match) =>
      Number(match[1]),
    );
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(28);
    expect(docx.document).toMatch(/<w:spacing [^>]*w:line="360"/);
    expect(docx.document).not.toContain('<w:i/>');
    expect(docx.document).not.toMatch(/<w:jc w:val="(both|distribute)"/);
  });
});
