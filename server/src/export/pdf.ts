// PDF export with pdfkit: real text in the built-in Helvetica, PDF 1.7, language en-GB, the
// title shown in the window's title bar, tagged structure (H1-H6, P, L/LI/Lbl/LBody,
// BlockQuote, Link) so assistive technology can read it in order, headings as bookmarks, and
// clickable links. Easy Read uses 16 pt text with 1.5 line spacing; text is never justified.
import PDFDocument from 'pdfkit';
import type { Block, Inline } from './blocks.ts';
import { buildExportModel, plainText } from './export-model.ts';
import { breakLongWords } from './long-words.ts';
import type { ExportOptions, ProseMirrorJSON } from './types.ts';

interface Layout {
  body: number;
  /** Points of extra space between lines: with Helvetica's 1.16 line height, 0.35 × size gives 1.5. */
  lineGap: number;
  /** Font sizes for heading levels 1 to 6. */
  headings: readonly number[];
  paragraphGap: number;
}

const LAYOUT: Record<'normal' | 'easyRead', Layout> = {
  normal: { body: 11, lineGap: 3, headings: [24, 18, 15, 13, 12, 12], paragraphGap: 8 },
  easyRead: { body: 16, lineGap: 5.6, headings: [28, 22, 19, 17, 16, 16], paragraphGap: 12 },
};
const TEXT_COLOUR = '#1a1a1a';
const LINK_COLOUR = '#0b4f9c';
const INDENT = 24;
const BULLETS = ['\u2022', '\u2013', '\u2022'];
/**
 * Long words are cut a little short of the line: pdfkit measures a piece with kerning, the
 * breaker one character at a time, and a piece that still overflows is cut again by pdfkit.
 */
const LONG_WORD_SHARE_OF_LINE = 0.97;

type Pdf = PDFKit.PDFDocument;
type Structure = PDFKit.PDFStructureElement;

export async function renderPdf(doc: ProseMirrorJSON, options: ExportOptions): Promise<Buffer> {
  const model = buildExportModel(doc, options);
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 64,
    pdfVersion: '1.7',
    lang: 'en-GB',
    tagged: true,
    displayTitle: true,
    info: { Title: model.title, Creator: 'Roundtable' },
  });
  const output = collect(pdf);
  const writer = new PdfWriter(pdf, options.easyRead ? LAYOUT.easyRead : LAYOUT.normal);
  writer.heading(1, [plain(model.title)], writer.root);
  if (model.notice) writer.paragraph([{ ...plain(model.notice), bold: true }], writer.root, 0);
  writer.blocks(model.body, writer.root, 0);
  if (model.appendix) {
    pdf.addPage();
    writer.blocks(model.appendix, writer.root, 0);
  }
  writer.root.end();
  pdf.end();
  return output;
}

function plain(text: string): TextRun {
  return { kind: 'text', text, bold: false, italic: false, href: null };
}

function collect(pdf: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
}

/** Writes export blocks as tagged PDF content, keeping the bookmark tree in step with headings. */
class PdfWriter {
  readonly root: Structure;
  /** The latest bookmark at each heading level, so deeper headings nest under it. */
  private readonly outlineAt: PDFKit.PDFOutline[] = [];

  constructor(
    private readonly pdf: Pdf,
    private readonly layout: Layout,
  ) {
    this.root = pdf.struct('Document');
    pdf.addStructure(this.root);
  }

  blocks(blocks: Block[], parent: Structure, indent: number): void {
    for (const block of blocks) this.block(block, parent, indent);
  }

  heading(level: number, inlines: Inline[], parent: Structure): void {
    const size = this.layout.headings[level - 1] ?? this.layout.body;
    // Keep a heading with at least two lines of what follows it.
    this.ensureSpace(size * 1.5 + this.lineHeight(this.layout.body) * 2);
    if (level > 1) this.bookmark(level, plainText(inlines).trim());
    const bold = inlines.map((inline) =>
      inline.kind === 'text' ? { ...inline, bold: true } : inline,
    );
    this.pdf.y += level > 1 ? size * 0.6 : 0;
    this.inlines(bold, this.element(parent, `H${level}`), { size, indent: 0 });
  }

  paragraph(inlines: Inline[], parent: Structure, indent: number): void {
    this.ensureSpace(this.lineHeight(this.layout.body));
    this.inlines(inlines, this.element(parent, 'P'), { size: this.layout.body, indent });
  }

  private block(block: Block, parent: Structure, indent: number): void {
    switch (block.kind) {
      case 'heading':
        return this.heading(block.level, block.inlines, parent);
      case 'paragraph':
        return this.paragraph(block.inlines, parent, indent);
      case 'list':
        return this.list(block, parent, indent, 0);
      case 'quote': {
        const quote = this.element(parent, 'BlockQuote');
        this.blocks(block.blocks, quote, indent + INDENT);
        return quote.end();
      }
      case 'rule':
        return this.rule(indent);
    }
  }

  private list(
    list: Extract<Block, { kind: 'list' }>,
    parent: Structure,
    indent: number,
    depth: number,
  ): void {
    const element = this.element(parent, 'L');
    const bodyIndent = indent + INDENT;
    list.items.forEach((blocks, index) => {
      const item = this.element(element, 'LI');
      const marker = list.ordered
        ? `${list.start + index}.`
        : (BULLETS[depth % BULLETS.length] ?? '-');
      this.ensureSpace(this.lineHeight(this.layout.body));
      const { x, y } = this.pdf;
      const left = this.pdf.page.margins.left;
      item.add(
        this.pdf.struct('Lbl', {}, () => {
          this.font(false, false, this.layout.body).fillColor(TEXT_COLOUR);
          this.pdf.text(marker, left + indent, y, { width: INDENT - 4, lineBreak: false });
        }),
      );
      this.pdf.x = x;
      this.pdf.y = y;
      const body = this.element(item, 'LBody');
      for (const block of blocks) {
        if (block.kind === 'list') this.list(block, body, bodyIndent, depth + 1);
        else this.block(block, body, bodyIndent);
      }
      body.end();
      item.end();
    });
    element.end();
  }

  private inlines(
    inlines: Inline[],
    element: Structure,
    style: { size: number; indent: number },
  ): void {
    const { pdf, layout } = this;
    const left = pdf.page.margins.left + style.indent;
    const width = pdf.page.width - pdf.page.margins.right - left;
    // pdfkit ignores a newline inside continued text, so each line after a hard break is a
    // text call of its own, in the same structure element.
    for (const line of splitAtBreaks(inlines)) {
      pdf.x = left;
      line.forEach((segment, index) => {
        this.font(segment.bold, segment.italic, style.size);
        const text = breakLongWords(segment.text, width * LONG_WORD_SHARE_OF_LINE, (character) =>
          pdf.widthOfString(character),
        );
        const draw = () => {
          this.font(segment.bold, segment.italic, style.size).fillColor(
            segment.href ? LINK_COLOUR : TEXT_COLOUR,
          );
          pdf.text(text, {
            width,
            align: 'left',
            lineGap: layout.lineGap,
            continued: index < line.length - 1,
            link: segment.href,
            underline: segment.href !== null,
          });
        };
        element.add(segment.href ? pdf.struct('Link', {}, draw) : draw);
      });
    }
    element.end();
    pdf.x = pdf.page.margins.left;
    pdf.y += layout.paragraphGap;
  }

  private rule(indent: number): void {
    const { pdf } = this;
    this.ensureSpace(this.layout.paragraphGap * 2);
    const y = pdf.y + this.layout.paragraphGap / 2;
    pdf.markContent('Artifact', { type: 'Layout' });
    pdf
      .moveTo(pdf.page.margins.left + indent, y)
      .lineTo(pdf.page.width - pdf.page.margins.right, y)
      .lineWidth(1)
      .strokeColor('#595959')
      .stroke();
    pdf.endMarkedContent();
    pdf.y += this.layout.paragraphGap * 2;
  }

  private bookmark(level: number, title: string): void {
    const parent = this.outlineAt.slice(0, level).reverse().find(Boolean) ?? this.pdf.outline;
    this.outlineAt[level] = parent.addItem(title || 'Untitled section');
    this.outlineAt.length = level + 1;
  }

  private element(parent: Structure, tag: string): Structure {
    const element = this.pdf.struct(tag);
    parent.add(element);
    return element;
  }

  private font(bold: boolean, italic: boolean, size: number): Pdf {
    const face = bold
      ? italic
        ? 'Helvetica-BoldOblique'
        : 'Helvetica-Bold'
      : italic
        ? 'Helvetica-Oblique'
        : 'Helvetica';
    return this.pdf.font(face).fontSize(size);
  }

  private lineHeight(size: number): number {
    return size * 1.16 + this.layout.lineGap;
  }

  private ensureSpace(height: number): void {
    const bottom = this.pdf.page.height - this.pdf.page.margins.bottom;
    if (this.pdf.y + height > bottom) this.pdf.addPage();
  }
}

type TextRun = Extract<Inline, { kind: 'text' }>;

/** The lines of a paragraph between hard breaks; an empty line keeps its height. */
function splitAtBreaks(inlines: Inline[]): TextRun[][] {
  const lines: TextRun[][] = [[]];
  for (const inline of inlines) {
    if (inline.kind === 'break') lines.push([]);
    else lines[lines.length - 1]?.push(inline);
  }
  return lines.map((line) => (line.length > 0 ? line : [plain(' ')]));
}
