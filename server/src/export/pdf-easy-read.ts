// The Easy Read layout in a PDF: two columns, each row's picture on the left (tagged as a Figure
// with its alt text) and its words on the right; headings and rules run across. A row is kept on
// one page when it fits on one. A picture that could not be loaded leaves its alt text in the
// left column instead.
import type { Block, PictureSpec } from './blocks.ts';
import type { EasyReadRow, EasyReadSizes } from './easy-read-layout.ts';
import { plainText } from './export-model.ts';
import { fitInSquare, type PreparedPicture, type PreparedPictures } from './pictures.ts';
import { plain, type PdfWriter } from './pdf-writer.ts';

/** Alt text standing in for a missing picture is smaller than the words, but never tiny. */
const ALT_TEXT_SHARE = 0.7;
const SMALLEST_TEXT = 11;

export function writeEasyReadRows(
  writer: PdfWriter,
  rows: EasyReadRow[],
  sizes: EasyReadSizes,
  pictures: PreparedPictures,
): void {
  for (const row of rows) {
    if (row.kind === 'across') writer.block(row.block, writer.root, 0);
    else writeRow(writer, row, sizes, pictures);
  }
}

function writeRow(
  writer: PdfWriter,
  row: Extract<EasyReadRow, { kind: 'row' }>,
  sizes: EasyReadSizes,
  pictures: PreparedPictures,
): void {
  const { pdf } = writer;
  const page = writer.pageColumn();
  const words = {
    left: page.left + sizes.picture + sizes.gap,
    width: page.width - sizes.picture - sizes.gap,
  };
  const pictureHeight = row.picture ? sizes.picture : 0;
  const usable = writer.bottom() - pdf.page.margins.top;
  const height = wordsHeight(writer, row, words.width);
  writer.ensureSpace(Math.min(Math.max(pictureHeight, height), usable));
  const top = pdf.y;
  const startPage = pdf.page;
  const pictureBottom = row.picture
    ? drawPicture(writer, row.picture, pictures.get(row.picture.ref) ?? null, sizes, top)
    : top;
  // Words shorter than their picture sit level with its middle, as Easy Read pages set them.
  pdf.y = top + Math.max(0, (pictureHeight - height) / 2);
  writer.column = words;
  writer.block(row.block, writer.root, 0);
  writer.column = page;
  // The next row starts below both the words and the picture, when they ended on one page.
  if (pdf.page === startPage) pdf.y = Math.max(pdf.y, pictureBottom + writer.layout.paragraphGap);
}

/** About how tall the row's words will be: their text at body size in the column. */
function wordsHeight(
  writer: PdfWriter,
  row: Extract<EasyReadRow, { kind: 'row' }>,
  width: number,
): number {
  const text = textOf(row.block);
  writer.font({ bold: false, italic: false }, writer.layout.body);
  const lineGap = writer.lineHeight(writer.layout.body) - writer.pdf.currentLineHeight();
  // pdfkit counts the gap after the last line too; the words end before it.
  return writer.pdf.heightOfString(text || ' ', { width, lineGap }) - lineGap;
}

function textOf(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
    case 'heading':
      return plainText(block.inlines);
    case 'list':
      return block.items.map((item) => item.map(textOf).join('\n')).join('\n');
    case 'quote':
      return block.blocks.map(textOf).join('\n');
    case 'rule':
      return '';
  }
}

/** Draws the picture in the left column; returns where it ends. */
function drawPicture(
  writer: PdfWriter,
  spec: PictureSpec,
  picture: PreparedPicture | null,
  sizes: EasyReadSizes,
  top: number,
): number {
  const { pdf } = writer;
  const left = writer.pageColumn().left;
  if (picture) {
    const { width, height } = fitInSquare(picture, sizes.picture);
    const x = left + (sizes.picture - width) / 2;
    const y = top + (sizes.picture - height) / 2;
    const draw = () => pdf.image(picture.bytes, x, y, { width, height });
    if (spec.alt) {
      writer.root.add(pdf.struct('Figure', { alt: spec.alt }, draw));
    } else {
      // A picture with no words to say is decoration to assistive technology.
      pdf.markContent('Artifact', { type: 'Layout' });
      draw();
      pdf.endMarkedContent();
    }
    return top + sizes.picture;
  }
  const saved = writer.column;
  writer.column = { left, width: sizes.picture };
  const size = Math.max(SMALLEST_TEXT, Math.round(sizes.body * ALT_TEXT_SHARE));
  writer.paragraph([plain(spec.alt || 'Picture')], writer.root, 0, size);
  writer.column = saved;
  return pdf.y;
}
