// Markdown-lite: what an administrator types becomes headings, lists, paragraphs, bold words and
// safe links; anything that looks like HTML stays text, and a script address is no link.
import { describe, expect, it } from 'vitest';
import { parseNoticeText, safeHref } from './notice-text.ts';

describe('notice text', () => {
  it('reads headings, paragraphs joined across lines, lists, bold words and links', () => {
    const blocks = parseNoticeText(
      '## Who we are\nThe council\nruns it.\n\n- **Names** of people\n- see [cookies](/cookies)',
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, inlines: [{ kind: 'text', text: 'Who we are', bold: false }] },
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'The council runs it.', bold: false }] },
      {
        kind: 'list',
        items: [
          [
            { kind: 'text', text: 'Names', bold: true },
            { kind: 'text', text: ' of people', bold: false },
          ],
          [
            { kind: 'text', text: 'see ', bold: false },
            { kind: 'link', text: 'cookies', href: '/cookies' },
          ],
        ],
      },
    ]);
  });

  it('keeps HTML as text and makes no link to a script or another site by //', () => {
    const blocks = parseNoticeText('<img src=x onerror=alert(1)> [go](javascript:alert(1))');
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        inlines: [
          {
            kind: 'text',
            text: '<img src=x onerror=alert(1)> [go](javascript:alert(1))',
            bold: false,
          },
        ],
      },
    ]);
    expect(safeHref('//evil.example')).toBeNull();
    expect(safeHref('data:text/html,hi')).toBeNull();
    expect(safeHref('mailto:dpo@example.gov.uk')).toBe('mailto:dpo@example.gov.uk');
    expect(safeHref('https://www.w3.org/TR/WCAG22/')).toBe('https://www.w3.org/TR/WCAG22/');
  });
});
