// Standalone, accessible HTML export: one file with its own stylesheet, font and pictures and
// no external resources, the language set, the title as the only h1 inside <main>, and every
// piece of text escaped. Easy Read is a class on <body> that sets large left-aligned text and
// 1.5 spacing, and each idea is a grid row: its picture (with alt text) left, its words right.
import { escapeHtml } from './escape-html.ts';
import type { Block, Inline, PictureSpec } from './blocks.ts';
import { easyReadRows, easyReadSizes } from './easy-read-layout.ts';
import { buildExportModel } from './export-model.ts';
import { stylesheet } from './html-style.ts';
import { pictureDataUrl, preparePictures, type PreparedPictures } from './pictures.ts';
import type { ExportOptions, ProseMirrorJSON } from './types.ts';

export async function renderHtml(doc: ProseMirrorJSON, options: ExportOptions): Promise<string> {
  const model = buildExportModel(doc, options);
  const sizes = easyReadSizes(options.textSize);
  const notice = model.notices
    .map((line) => `<p class="agreed">${escapeHtml(line)}</p>\n`)
    .join('');
  const content = [...model.body, ...model.endMatter];
  const body = options.easyRead
    ? renderEasyRead(content, await preparePictures(model.body, options.loadPicture))
    : renderBlocks(content);
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
<style>${stylesheet(sizes)}</style>
</head>
<body${options.easyRead ? ' class="easy-read"' : ''}>
<main>
<h1>${escapeHtml(model.title)}</h1>
${notice}${body}
${appendix}</main>
</body>
</html>
`;
}

function renderEasyRead(blocks: Block[], pictures: PreparedPictures): string {
  return easyReadRows(blocks)
    .map((row) =>
      row.kind === 'across'
        ? renderBlock(row.block)
        : `<div class="row">\n<div class="picture">${renderPicture(row.picture, pictures)}</div>\n<div class="words">\n${renderBlock(row.block)}\n</div>\n</div>`,
    )
    .join('\n');
}

/** The picture, or its alt text when it could not be loaded; nothing for a row without one. */
function renderPicture(spec: PictureSpec | null, pictures: PreparedPictures): string {
  if (!spec) return '';
  const picture = pictures.get(spec.ref) ?? null;
  if (!picture) return `<p>${escapeHtml(spec.alt || 'Picture')}</p>`;
  return `<img src="${pictureDataUrl(picture)}" alt="${escapeHtml(spec.alt)}">`;
}

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
