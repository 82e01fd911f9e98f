// PDF export with pdfkit: real text in embedded fonts (Atkinson Hyperlegible Next, falling back
// to Noto Sans and Noto Emoji for characters it lacks, see fonts.ts), PDF 1.7, language en-GB,
// the title shown in the window's title bar, tagged structure (H1-H6, P, L/LI/Lbl/LBody,
// BlockQuote, Link, Figure) so assistive technology can read it in order, headings as
// bookmarks, clickable links, and "Page 2 of 9" at the foot of every page. Easy Read puts
// pictures on the left and words on the right (pdf-easy-read.ts), in 16 or 21 pt text with 1.5
// line spacing; text is never justified.
import PDFDocument from 'pdfkit';
import { easyReadRows, easyReadSizes } from './easy-read-layout.ts';
import { buildExportModel } from './export-model.ts';
import { FontChain } from './fonts.ts';
import { writeEasyReadRows } from './pdf-easy-read.ts';
import { plain, PdfWriter, TEXT_COLOUR, type Pdf, type PdfLayout } from './pdf-writer.ts';
import { preparePictures } from './pictures.ts';
import type { ExportOptions, ProseMirrorJSON } from './types.ts';

const NORMAL_LAYOUT: PdfLayout = {
  body: 11,
  lineSpacing: 1.4,
  headings: [24, 18, 15, 13, 12, 12],
  paragraphGap: 8,
};
const MARGIN = 64;

export async function renderPdf(doc: ProseMirrorJSON, options: ExportOptions): Promise<Buffer> {
  return (await renderPdfDocument(doc, options)).body;
}

/** The PDF and its number of pages. */
export async function renderPdfDocument(
  doc: ProseMirrorJSON,
  options: ExportOptions,
): Promise<{ body: Buffer; pages: number }> {
  const model = buildExportModel(doc, options);
  const sizes = easyReadSizes(options.textSize);
  const pictures = options.easyRead
    ? await preparePictures(model.body, options.loadPicture)
    : new Map();
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    pdfVersion: '1.7',
    lang: 'en-GB',
    tagged: true,
    displayTitle: true,
    bufferPages: true,
    info: { Title: model.title, Creator: 'Roundtable' },
  });
  const output = collect(pdf);
  const layout: PdfLayout = options.easyRead
    ? { ...sizes, paragraphGap: Math.round(sizes.body * 0.75) }
    : NORMAL_LAYOUT;
  const writer = new PdfWriter(pdf, layout, new FontChain());
  writer.heading(1, [plain(model.title)], writer.root);
  for (const notice of model.notices) {
    writer.paragraph([{ ...plain(notice), bold: true }], writer.root, 0);
  }
  const content = [...model.body, ...model.endMatter];
  if (options.easyRead) writeEasyReadRows(writer, easyReadRows(content), sizes, pictures);
  else writer.blocks(content, writer.root, 0);
  if (model.appendix) {
    pdf.addPage();
    writer.blocks(model.appendix, writer.root, 0);
  }
  const pages = numberPages(writer, Math.max(11, layout.body - 2));
  writer.root.end();
  pdf.end();
  return { body: await output, pages };
}

/** "Page 2 of 9" centred at the foot of every page, as layout rather than content. */
function numberPages(writer: PdfWriter, size: number): number {
  const { pdf } = writer;
  const { start, count } = pdf.bufferedPageRange();
  for (let index = 0; index < count; index++) {
    pdf.switchToPage(start + index);
    const { margins } = pdf.page;
    const bottom = margins.bottom;
    // Below the bottom margin pdfkit would start a new page; the footer belongs to this one.
    margins.bottom = 0;
    const column = writer.pageColumn();
    pdf.markContent('Artifact', { type: 'Pagination' });
    writer
      .font({ bold: false, italic: false }, size)
      .fillColor(TEXT_COLOUR)
      .text(`Page ${index + 1} of ${count}`, column.left, pdf.page.height - bottom / 2 - size / 2, {
        width: column.width,
        align: 'center',
        lineBreak: false,
      });
    pdf.endMarkedContent();
    margins.bottom = bottom;
  }
  return count;
}

function collect(pdf: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
}
