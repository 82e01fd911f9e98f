import { describe, expect, it } from 'vitest';
import { yjsStateToProseMirrorJSON } from './document-model.ts';
import { EVERY_NODE_DOCUMENT, HOSTILE_DOCUMENT, RECORD, storedState } from './fixtures.ts';
import { renderHtml } from './html.ts';

const everyNode = yjsStateToProseMirrorJSON(storedState(EVERY_NODE_DOCUMENT));
const hostile = yjsStateToProseMirrorJSON(storedState(HOSTILE_DOCUMENT));

const VOID_ELEMENTS = new Set(['meta', 'br', 'hr', 'link', 'img', 'input']);

interface Tag {
  name: string;
  attributes: string;
  /** The element's text, with tags removed, for opening tags of elements that close. */
  text: string;
}

/** Opening tags in order, after checking that every element is closed in the right order. */
function parseTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const open: { tag: Tag; start: number }[] = [];
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)) {
    const [whole, closing, rawName = '', attributes = ''] = match;
    const name = rawName.toLowerCase();
    if (closing) {
      const top = open.pop();
      expect(top?.tag.name, `</${name}> closes <${top?.tag.name}>`).toBe(name);
      if (top) top.tag.text = html.slice(top.start, match.index).replace(/<[^>]*>/g, '');
    } else {
      const tag = { name, attributes, text: '' };
      tags.push(tag);
      if (!VOID_ELEMENTS.has(name)) open.push({ tag, start: match.index + whole.length });
    }
  }
  expect(open.map((entry) => entry.tag.name)).toEqual([]);
  return tags;
}

const named = (tags: Tag[], name: string) => tags.filter((tag) => tag.name === name);

describe('renderHtml', () => {
  it('writes a standalone document with language, title, main and one h1', async () => {
    const html = await renderHtml(everyNode, { title: 'Strategy draft', easyRead: false });
    expect(html.startsWith('<!doctype html>\n<html lang="en-GB">')).toBe(true);
    const tags = parseTags(html.slice('<!doctype html>'.length));
    expect(named(tags, 'meta').map((tag) => tag.attributes)).toEqual([
      ' charset="utf-8"',
      ' name="viewport" content="width=device-width, initial-scale=1"',
    ]);
    expect(named(tags, 'title').map((tag) => tag.text)).toEqual(['Strategy draft']);
    expect(named(tags, 'main')).toHaveLength(1);
    expect(html).not.toMatch(/<link|<script|@import/);
    // Its font is inside it: every address is a data: URL, nothing is fetched.
    expect(html).toMatch(/url\(data:font\/woff2;base64,/);
    for (const address of html.matchAll(/(?:src=|url\()"?([^")\s]{0,40})/g)) {
      expect(address[1]).toMatch(/^data:/);
    }
  });

  it('writes headings in order without skipped levels, lists, quotes and links', async () => {
    const html = await renderHtml(everyNode, {
      title: 'Strategy draft',
      easyRead: false,
      agreed: { date: '3 March 2026', workspaceName: 'Hill Ward' },
      record: RECORD,
    });
    const tags = parseTags(html);
    const headings = tags.filter((tag) => /^h[1-6]$/.test(tag.name));
    expect(headings.slice(0, 5).map((tag) => `${tag.name} ${tag.text}`)).toEqual([
      'h1 Strategy draft',
      'h2 Our vision',
      'h3 Priorities',
      'h4 Risks',
      'h2 Co-production record',
    ]);
    let previous = 0;
    for (const heading of headings) {
      const level = Number(heading.name.slice(1));
      expect(level).toBeLessThanOrEqual(previous + 1);
      previous = level;
    }
    expect(named(tags, 'h1')).toHaveLength(1);
    expect(named(tags, 'p')[0]?.text).toBe('Agreed on 3 March 2026 by Hill Ward');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<em>italic</em>');
    expect(html).toContain('<strong><em>both</em></strong>');
    expect(html).toContain(
      '<a href="https://example.org/council">council site</a>.<br>Second line.',
    );
    expect(named(tags, 'a').map((tag) => tag.attributes)).toEqual([
      ' href="https://example.org/council"',
      ' href="mailto:team@example.org"',
    ]);
    expect(named(tags, 'ol').map((tag) => tag.attributes)).toEqual(['', ' start="3"']);
    expect(
      named(tags, 'li')
        .slice(0, 6)
        .map((tag) => tag.text.replace(/\s+/g, ' ').trim()),
    ).toEqual([
      'First priority',
      'Second priority Step one Step two',
      'Step one',
      'Step two',
      'Third',
      'Fourth',
    ]);
    expect(named(tags, 'blockquote')[0]?.text.trim()).toBe('We want to be heard.');
    expect(named(tags, 'hr')).toHaveLength(1);
    expect(named(tags, 'section')[0]?.attributes).toBe(
      ' class="record" aria-labelledby="co-production-record"',
    );
    expect(html).toContain('<h2 id="co-production-record">Co-production record</h2>');
  });

  it('escapes script and markup typed as text, and drops unsafe links', async () => {
    const html = await renderHtml(hostile, { title: '<b>x</b>', easyRead: false });
    const tags = parseTags(html);
    expect(tags.map((tag) => tag.name)).not.toContain('script');
    expect(tags.map((tag) => tag.name)).not.toContain('img');
    expect(named(tags, 'a')).toEqual([]);
    expect(html).not.toContain('javascript:');
    expect(html).toContain(
      '&#60;script&#62;alert(1)&#60;/script&#62; and *stars* &#38; [brackets] click me',
    );
    expect(named(tags, 'title')[0]?.text).toBe('&#60;b&#62;x&#60;/b&#62;');
  });

  it('lays out Easy Read with large text, 1.5 spacing and no italics', async () => {
    const html = await renderHtml(everyNode, { title: 'Draft', easyRead: true });
    expect(html).toContain('<body class="easy-read">');
    const rule = /\.easy-read \{([^}]*)\}/.exec(html)?.[1] ?? '';
    const fontSize = Number(/font-size:\s*(\d+(?:\.\d+)?)pt/.exec(rule)?.[1]);
    expect(fontSize).toBeGreaterThanOrEqual(14);
    expect(rule).toMatch(/line-height:\s*1\.5/);
    expect(html).not.toContain('<em>');
    expect(html).not.toMatch(/justify|font-style:\s*italic/);
  });
});
