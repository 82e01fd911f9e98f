import { describe, expect, it } from 'vitest';
import { yjsStateToProseMirrorJSON } from './document-model.ts';
import { EVERY_NODE_DOCUMENT, HOSTILE_DOCUMENT, RECORD, storedState } from './fixtures.ts';
import { renderMarkdown } from './markdown.ts';

const everyNode = yjsStateToProseMirrorJSON(storedState(EVERY_NODE_DOCUMENT));
const hostile = yjsStateToProseMirrorJSON(storedState(HOSTILE_DOCUMENT));

describe('renderMarkdown', () => {
  it('writes every node and mark as CommonMark, under the title', async () => {
    const markdown = await renderMarkdown(everyNode, {
      title: 'Strategy draft',
      easyRead: false,
      agreed: { date: '3 March 2026', workspaceName: 'Hill Ward' },
    });
    expect(markdown).toBe(
      [
        '# Strategy draft',
        '',
        'Agreed on 3 March 2026 by Hill Ward',
        '',
        '## Our vision',
        '',
        'Plain, **bold**, *italic*, ***both*** and a [council site](https://example.org/council).\\',
        'Second line.',
        '',
        '### Priorities',
        '',
        '- First priority',
        '- Second priority',
        '  1. Step one',
        '  2. Step two',
        '',
        '3. Third',
        '4. Fourth',
        '',
        '> We want to be heard.',
        '',
        '---',
        '',
        '#### Risks',
        '',
        'Write to [the team](mailto:team@example.org).',
        '',
      ].join('\n'),
    );
  });

  it('keeps typed markup, script and unsafe links as literal text', async () => {
    const markdown = await renderMarkdown(hostile, { title: '<b>x</b>', easyRead: false });
    expect(markdown).toBe(
      [
        '# \\<b\\>x\\</b\\>',
        '',
        '## \\<img src=x onerror=alert(1)\\>',
        '',
        '\\<script\\>alert(1)\\</script\\> and \\*stars\\* \\& \\[brackets\\] click me',
        '',
        '\\# not a heading',
        '',
        '1\\. not a list',
        '',
      ].join('\n'),
    );
    expect(markdown).not.toContain('javascript:');
  });

  it('writes italics as plain text in Easy Read', async () => {
    const markdown = await renderMarkdown(everyNode, { title: 'Draft', easyRead: true });
    expect(markdown).toContain('Plain, **bold**, italic, **both** and a');
  });

  it('ends with the co-production record', async () => {
    const markdown = await renderMarkdown(everyNode, {
      title: 'Draft',
      easyRead: false,
      record: RECORD,
    });
    const appendix = markdown.slice(markdown.indexOf('## Co-production record'));
    expect(appendix).toBe(
      [
        '## Co-production record',
        '',
        '### Who took part',
        '',
        'People named with their permission:',
        '',
        '- Asha Patel',
        '- Tom Reid',
        '',
        'People taking part in each way:',
        '',
        '- in the room: 9',
        '- online: 4',
        '',
        '### Meetings',
        '',
        '- Workshop 3, 12 February 2026: 13 people attended',
        '',
        '### Decisions',
        '',
        '- 12 February 2026: Keep the libraries open on Saturdays',
        '',
        '### Actions',
        '',
        '- Cost the Saturday opening. Who: Finance team. Due: 1 April 2026. Status: open.',
        '',
        '### Poll results',
        '',
        '**Do we agree the draft?**',
        '',
        '- Agree: 10',
        '- Disagree: 1',
        '',
        '### Who wrote the text',
        '',
        '- in the room: 55% of the text',
        '- online: 45% of the text',
        '',
      ].join('\n'),
    );
  });

  it('keeps an exclamation mark before a link as text, not the start of an image', async () => {
    const link = [{ type: 'link', attrs: { href: 'https://example.org/' } }];
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Look!' },
            { type: 'text', text: 'our plan', marks: link },
            { type: 'text', text: ' and ' },
            { type: 'text', text: 'Wow! ', marks: [{ type: 'bold' }] },
            { type: 'text', text: 'bold link', marks: [...link, { type: 'bold' }] },
          ],
        },
      ],
    };
    const markdown = await renderMarkdown(doc, { title: 'Draft', easyRead: false });
    expect(markdown).toContain(
      'Look\\![our plan](https://example.org/) and **Wow!** [**bold link**](https://example.org/)',
    );
    expect(markdown).not.toMatch(/(^|[^\\])!\[/);
  });
});
