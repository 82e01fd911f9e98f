// Markdown export (CommonMark). Every character a person typed that Markdown would read as
// syntax is escaped, so `*`, `<script>` or `[x](y)` in the text stays literal text; only links
// the export model judged safe become links. Markdown has no layout, so Easy Read only means
// no italics here (the export model already drops them).
import type { Block, Inline, TextRun } from './blocks.ts';
import { buildExportModel } from './export-model.ts';
import type { ExportOptions, ProseMirrorJSON } from './types.ts';

export async function renderMarkdown(
  doc: ProseMirrorJSON,
  options: ExportOptions,
): Promise<string> {
  const model = buildExportModel(doc, options);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, inlines: [plainRun(model.title)] },
    ...model.notices.map((notice): Block => ({ kind: 'paragraph', inlines: [plainRun(notice)] })),
    ...model.body,
    ...model.endMatter,
    ...(model.appendix ?? []),
  ];
  return `${renderBlocks(blocks)}\n`;
}

function plainRun(text: string): TextRun {
  return { kind: 'text', text, bold: false, italic: false, href: null };
}

function renderBlocks(blocks: Block[]): string {
  return blocks.map(renderBlock).join('\n\n');
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${renderInlines(block.inlines)}`;
    case 'paragraph':
      return renderInlines(block.inlines);
    case 'list':
      return block.items
        .map((item, index) => {
          const marker = block.ordered ? `${block.start + index}.` : '-';
          return indentItem(marker, renderItem(item));
        })
        .join('\n');
    case 'quote':
      return renderBlocks(block.blocks)
        .split('\n')
        .map((line) => (line === '' ? '>' : `> ${line}`))
        .join('\n');
    case 'rule':
      return '---';
  }
}

/**
 * A list item's blocks. A nested list straight after the item's text stays tight, except an
 * ordered list not starting at 1, which CommonMark would read as more of the paragraph.
 */
function renderItem(blocks: Block[]): string {
  return blocks
    .map((block, index) => {
      const tight = block.kind === 'list' && (!block.ordered || block.start === 1);
      return (index > 0 && !tight ? '\n' : '') + renderBlock(block);
    })
    .join('\n');
}

function indentItem(marker: string, content: string): string {
  const padding = ' '.repeat(marker.length + 1);
  return content
    .split('\n')
    .map((line, index) => (index === 0 ? `${marker} ${line}` : line === '' ? '' : padding + line))
    .join('\n');
}

type Mark = { kind: 'link'; href: string } | { kind: 'bold' } | { kind: 'italic' };

/**
 * Inline text with marks kept open across runs (link outermost, then bold, then italic), so
 * `**a *b***` is written rather than `**a****b**`, which CommonMark would misread. Spaces at
 * the edge of a mark go outside its delimiters, where CommonMark needs them.
 */
function renderInlines(inlines: Inline[]): string {
  let out = '';
  const open: Mark[] = [];
  const close = (count: number) => {
    const trailing = /[ \t]*$/.exec(out)?.[0] ?? '';
    out = out.slice(0, out.length - trailing.length);
    for (const mark of open.splice(open.length - count, count).reverse()) out += closing(mark);
    out += trailing;
  };
  for (const inline of inlines) {
    if (inline.kind === 'break') {
      // Marks close before a hard break: a delimiter at the start of a line cannot close.
      close(open.length);
      out += '\\\n';
      continue;
    }
    const wanted = marksOf(inline);
    let same = 0;
    while (same < open.length && same < wanted.length && sameMark(open[same], wanted[same])) same++;
    close(open.length - same);
    let text = escapeText(inline.text);
    const leading = /^\s*/.exec(text)?.[0] ?? '';
    if (wanted.length > same) {
      out += leading;
      text = text.slice(leading.length);
    }
    for (const mark of wanted.slice(same)) {
      // "Look!" before a link would read as an image, `![…](…)`.
      if (mark.kind === 'link' && out.endsWith('!')) out = `${out.slice(0, -1)}\\!`;
      out += opening(mark);
      open.push(mark);
    }
    out += text;
  }
  close(open.length);
  return escapeLineStarts(out);
}

function marksOf(run: TextRun): Mark[] {
  const marks: Mark[] = [];
  if (run.href) marks.push({ kind: 'link', href: run.href });
  if (run.bold) marks.push({ kind: 'bold' });
  if (run.italic) marks.push({ kind: 'italic' });
  return marks;
}

function sameMark(a: Mark | undefined, b: Mark | undefined): boolean {
  if (!a || !b || a.kind !== b.kind) return false;
  return a.kind !== 'link' || (b.kind === 'link' && a.href === b.href);
}

function opening(mark: Mark): string {
  return mark.kind === 'link' ? '[' : mark.kind === 'bold' ? '**' : '*';
}

function closing(mark: Mark): string {
  return mark.kind === 'link' ? `](${escapeUrl(mark.href)})` : mark.kind === 'bold' ? '**' : '*';
}

/** Backslash-escapes the characters that start inline syntax or HTML. */
function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&]/g, '\\$&');
}

/**
 * At the start of a line, some characters only matter there: a heading, quote, list item,
 * setext underline or thematic break; leading spaces would start a code block.
 */
function escapeLineStarts(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/^[ \t]+/, '')
        .replace(/^([-+=#])/, '\\$1')
        .replace(/^(\d{1,9})([.)])/, '$1\\$2'),
    )
    .join('\n');
}

function escapeUrl(href: string): string {
  return href.replace(/[()<>\s\\]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
