import { describe, expect, it } from 'vitest';
import { buildExportModel, safeHref } from './export-model.ts';
import type { ProseMirrorJSON } from './types.ts';

const options = { title: 'Draft', easyRead: false };
const heading = (level: unknown, text: string): ProseMirrorJSON => ({
  type: 'heading',
  attrs: { level },
  content: [{ type: 'text', text }],
});

describe('safeHref', () => {
  it('keeps only absolute http(s) and mailto links', () => {
    expect(safeHref('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(safeHref('mailto:team@example.org')).toBe('mailto:team@example.org');
    for (const href of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,x',
      '/relative',
      'example.org',
      42,
      null,
    ]) {
      expect(safeHref(href)).toBeNull();
    }
  });
});

describe('buildExportModel', () => {
  it('moves headings below the title and closes skipped levels', () => {
    const model = buildExportModel(
      {
        type: 'doc',
        content: [heading(3, 'a'), heading(1, 'b'), heading(3, 'c'), heading('x', 'd')],
      },
      options,
    );
    expect(model.body.map((block) => (block.kind === 'heading' ? block.level : 0))).toEqual([
      2, 2, 3, 2,
    ]);
  });

  it('reads any JSON: unknown nodes become their text, empty blocks are dropped', () => {
    const model = buildExportModel(
      {
        type: 'doc',
        content: [
          {
            type: 'table',
            content: [
              {
                type: 'tableRow',
                content: [{ type: 'paragraph', content: [{ type: 'text', text: 'cell' }] }],
              },
            ],
          },
          {
            type: 'callout',
            content: [{ type: 'text', text: 'note\nline', marks: [{ type: 'highlight' }] }],
          },
          { type: 'paragraph' },
          {
            type: 'bulletList',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'loose' }] }],
          },
          { type: 'image', attrs: { src: 'x' } },
        ],
      },
      options,
    );
    expect(model.body).toEqual([
      {
        kind: 'paragraph',
        inlines: [{ kind: 'text', text: 'cell', bold: false, italic: false, href: null }],
      },
      {
        kind: 'paragraph',
        inlines: [{ kind: 'text', text: 'note line', bold: false, italic: false, href: null }],
      },
      {
        kind: 'list',
        ordered: false,
        start: 1,
        items: [
          [
            {
              kind: 'paragraph',
              inlines: [{ kind: 'text', text: 'loose', bold: false, italic: false, href: null }],
            },
          ],
        ],
      },
    ]);
  });
});
