// The Easy Read layout in Word: each run of rows is a two-column table without borders, the
// picture in the left cell (with its alt text as the picture's description) and the words in the
// right, level with each other, as Easy Read producers make them. Headings and rules stand between tables, across the
// page. A row without a picture keeps an empty left cell; a picture that could not be loaded
// leaves its alt text there instead.
import {
  AlignmentType,
  ImageRun,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Block, PictureSpec } from './blocks.ts';
import type { EasyReadRow, EasyReadSizes } from './easy-read-layout.ts';
import { fitInSquare, type PreparedPictures } from './pictures.ts';

/** Word measures in twentieths of a point; A4 with 1-inch margins leaves 9026 across. */
const TEXT_WIDTH = 9026;
const TWIPS_PER_POINT = 20;
/** ImageRun sizes are in pixels at 96 per inch. */
const PIXELS_PER_POINT = 96 / 72;

export interface DocxBlockWriter {
  blocks(blocks: Block[], indent: number): Paragraph[];
}

export function easyReadContent(
  rows: EasyReadRow[],
  writer: DocxBlockWriter,
  sizes: EasyReadSizes,
  pictures: PreparedPictures,
): (Paragraph | Table)[] {
  const content: (Paragraph | Table)[] = [];
  let tableRows: TableRow[] = [];
  const endTable = () => {
    if (tableRows.length > 0) content.push(table(tableRows, sizes));
    tableRows = [];
  };
  for (const row of rows) {
    if (row.kind === 'across') {
      endTable();
      content.push(...writer.blocks([row.block], 0));
    } else {
      tableRows.push(
        new TableRow({
          cantSplit: true,
          children: [
            pictureCell(row.picture, sizes, pictures),
            new TableCell({
              width: { size: wordsWidth(sizes), type: WidthType.DXA },
              verticalAlign: VerticalAlign.CENTER,
              children: writer.blocks([row.block], 0),
            }),
          ],
        }),
      );
    }
  }
  endTable();
  return content;
}

function pictureWidth(sizes: EasyReadSizes): number {
  return (sizes.picture + sizes.gap) * TWIPS_PER_POINT;
}

function wordsWidth(sizes: EasyReadSizes): number {
  return TEXT_WIDTH - pictureWidth(sizes);
}

function table(rows: TableRow[], sizes: EasyReadSizes): Table {
  return new Table({
    rows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [pictureWidth(sizes), wordsWidth(sizes)],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
  });
}

function pictureCell(
  spec: PictureSpec | null,
  sizes: EasyReadSizes,
  pictures: PreparedPictures,
): TableCell {
  return new TableCell({
    width: { size: pictureWidth(sizes), type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { right: sizes.gap * TWIPS_PER_POINT },
    children: [pictureParagraph(spec, sizes, pictures)],
  });
}

function pictureParagraph(
  spec: PictureSpec | null,
  sizes: EasyReadSizes,
  pictures: PreparedPictures,
): Paragraph {
  if (!spec) return new Paragraph({});
  const picture = pictures.get(spec.ref) ?? null;
  if (!picture) {
    // The words the picture would have shown, smaller than the text beside them.
    const size = Math.max(22, Math.round(sizes.body * 0.7 * 2));
    return new Paragraph({
      alignment: AlignmentType.LEFT,
      children: [new TextRun({ text: spec.alt || 'Picture', size })],
    });
  }
  const { width, height } = fitInSquare(picture, sizes.picture);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new ImageRun({
        type: picture.type,
        data: picture.bytes,
        transformation: {
          width: Math.round(width * PIXELS_PER_POINT),
          height: Math.round(height * PIXELS_PER_POINT),
        },
        altText: { name: 'Picture', title: spec.alt, description: spec.alt },
      }),
    ],
  });
}
