// Standalone, accessible HTML export: one file with its own stylesheet and no external
// resources, the language set, the title as the only h1 inside <main>, and every piece of text
// escaped. Easy Read is a class on <body> that sets large left-aligned text and 1.5 spacing.
import type { Block, Inline } from './blocks.ts';
import { buildExportModel } from './export-model.ts';
import type { ExportOptions, ProseMirrorJSON } from './types.ts';

export async function renderHtml(doc: ProseMirrorJSON, options: ExportOptions): Promise<string> {
  const model = buildExportModel(doc, options);
  const notice = model.notice ? `<p class="agreed">${escapeHtml(model.notice)}</p>\n` : '';
  const appendix = model.appendix
    ? `<section class="record" aria-labelledby="co-production-record">\n${renderBlocks(
        model.appendix,
        'co-production-record',
      )}\n</section>\n`
    : '';
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(model.title)}</title>
<style>${STYLESHEET}</style>
</head>
<body${options.easyRead ? ' class="easy-read"' : ''}>
<main>
<h1>${escapeHtml(model.title)}</h1>
${notice}${renderBlocks(model.body)}
${appendix}</main>
</body>
</html>
`;
}

const STYLESHEET = `
body { margin: 0; background: #ffffff; color: #1a1a1a; font-family: Arial, Helvetica, sans-serif; font-size: 12pt; line-height: 1.5; overflow-wrap: anywhere; }
main { max-width: 42rem; margin: 0 auto; padding: 2rem 1.25rem; text-align: left; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.5em 0 0.5em; }
h1 { font-size: 2em; margin-top: 0; }
h2 { font-size: 1.5em; }
h3 { font-size: 1.25em; }
h4, h5, h6 { font-size: 1.1em; }
p, ul, ol, blockquote { margin: 0 0 1em; }
li > p { margin: 0 0 0.25em; }
a { color: #0b4f9c; text-decoration: underline; }
a:focus { outline: 3px solid #1a1a1a; outline-offset: 2px; }
blockquote { margin-left: 0; padding-left: 1em; border-left: 4px solid #595959; }
hr { border: 0; border-top: 2px solid #595959; margin: 2em 0; }
.agreed { font-weight: bold; padding: 0.5em 0.75em; border: 2px solid #1a1a1a; }
.record { margin-top: 3em; border-top: 2px solid #595959; }
.easy-read { font-size: 16pt; line-height: 1.5; }
.easy-read main { text-align: left; }
.easy-read p, .easy-read li { text-align: left; line-height: 1.5; }
@media print { main { max-width: none; padding: 0; } }
`;

function renderBlocks(blocks: Block[], firstHeadingId?: string): string {
  return blocks
    .map((block, index) =>
      renderBlock(block, index === 0 && block.kind === 'heading' ? firstHeadingId : undefined),
    )
    .join('\n');
}

function renderBlock(block: Block, id?: string): string {
  switch (block.kind) {
    case 'heading': {
      const tag = `h${block.level}`;
      const idAttribute = id ? ` id="${escapeHtml(id)}"` : '';
      return `<${tag}${idAttribute}>${renderInlines(block.inlines)}</${tag}>`;
    }
    case 'paragraph':
      return `<p>${renderInlines(block.inlines)}</p>`;
    case 'list': {
      const items = block.items.map((item) => `<li>${renderBlocks(item)}</li>`).join('\n');
      if (!block.ordered) return `<ul>\n${items}\n</ul>`;
      const start = block.start === 1 ? '' : ` start="${block.start}"`;
      return `<ol${start}>\n${items}\n</ol>`;
    }
    case 'quote':
      return `<blockquote>\n${renderBlocks(block.blocks)}\n</blockquote>`;
    case 'rule':
      return '<hr>';
  }
}

function renderInlines(inlines: Inline[]): string {
  return inlines
    .map((inline) => {
      if (inline.kind === 'break') return '<br>';
      let html = escapeHtml(inline.text);
      if (inline.italic) html = `<em>${html}</em>`;
      if (inline.bold) html = `<strong>${html}</strong>`;
      if (inline.href) html = `<a href="${escapeHtml(inline.href)}">${html}</a>`;
      return html;
    })
    .join('');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
