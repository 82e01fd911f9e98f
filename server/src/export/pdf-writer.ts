// Writes export blocks into a pdfkit document as tagged content (H1-H6, P, L/LI/Lbl/LBody,
// BlockQuote, Link), keeping the bookmark tree in step with headings. Text is set in the
// embedded fonts, each piece in the first font that has its characters (see fonts.ts), inside a
// column: the page's width normally, the right-hand column of an Easy Read row.
import type { Block, Inline, TextRun } from './blocks.ts';
import { plainText } from './export-model.ts';
import type { FontChain, FontStyle } from './fonts.ts';
import { breakLongWords, ZERO_WIDTH_SPACE } from './long-words.ts';

export type Pdf = PDFKit.PDFDocument;
export type Structure = PDFKit.PDFStructureElement;

export interface PdfLayout {
  /** Body text, in points. */
  body: number;
  /** Line height as a multiple of the text size. */
  lineSpacing: number;
  /** Font sizes for heading levels 1 to 6. */
  headings: readonly number[];
  paragraphGap: number;
}

/** Where text goes across the page, in points from the page's left edge. */
export interface Column {
  left: number;
  width: number;
}

export const TEXT_COLOUR = '#1a1a1a';
const LINK_COLOUR = '#0b4f9c';
const INDENT = 24;
const BULLETS = ['\u2022', '\u2013', '\u2022'];
/**
 * Long words are cut a little short of the line: pdfkit measures a piece with kerning, the
 * breaker one character at a time, and a piece that still overflows is cut again by pdfkit.
 */
const LONG_WORD_SHARE_OF_LINE = 0.97;

export class PdfWriter {
  readonly root: Structure;
  /** Where text goes now; an Easy Read row narrows it to its right-hand column. */
  column: Column;
  /** The latest bookmark at each heading level, so deeper headings nest under it. */
  private readonly outlineAt: PDFKit.PDFOutline[] = [];
  private readonly registered = new Set<string>();

  constructor(
    readonly pdf: Pdf,
    readonly layout: PdfLayout,
    private readonly fonts: FontChain,
  ) {
    this.root = pdf.struct('Document');
    pdf.addStructure(this.root);
    this.column = this.pageColumn();
  }

  pageColumn(): Column {
    const { margins, width } = this.pdf.page;
    return { left: margins.left, width: width - margins.left - margins.right };
  }

  blocks(blocks: Block[], parent: Structure, indent: number): void {
    for (const block of blocks) this.block(block, parent, indent);
  }

  block(block: Block, parent: Structure, indent: number): void {
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

  paragraph(inlines: Inline[], parent: Structure, indent: number, size = this.layout.body): void {
    this.ensureSpace(this.lineHeight(size));
    this.inlines(inlines, this.element(parent, 'P'), { size, indent });
  }

  /** Line height of body text at `size`, with the layout's spacing. */
  lineHeight(size: number): number {
    return size * this.layout.lineSpacing;
  }

  /** A new page when less than `height` is left on this one. */
  ensureSpace(height: number): void {
    if (this.pdf.y + height > this.bottom()) this.pdf.addPage();
  }

  bottom(): number {
    return this.pdf.page.height - this.pdf.page.margins.bottom;
  }

  element(parent: Structure, tag: string, options: Record<string, unknown> = {}): Structure {
    const element = this.pdf.struct(tag, options);
    parent.add(element);
    return element;
  }

  /** Sets a face of the fonts and a size; the primary face unless one is named. */
  font(style: FontStyle, size: number, face = this.fonts.primary(style)): Pdf {
    if (!this.registered.has(face.key)) {
      this.pdf.registerFont(face.key, face.file);
      this.registered.add(face.key);
    }
    return this.pdf.font(face.key).fontSize(size);
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
      item.add(
        this.pdf.struct('Lbl', {}, () => {
          this.font({ bold: false, italic: false }, this.layout.body).fillColor(TEXT_COLOUR);
          this.pdf.text(marker, this.column.left + indent, y, {
            width: INDENT - 4,
            lineBreak: false,
          });
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
    const { pdf } = this;
    const left = this.column.left + style.indent;
    const width = this.column.width - style.indent;
    // pdfkit ignores a newline inside continued text, so each line after a hard break is a
    // text call of its own, in the same structure element.
    for (const line of splitAtBreaks(inlines)) {
      pdf.x = left;
      const pieces = line.flatMap((run) => this.pieces(run, style.size, width));
      pieces.forEach((piece, index) => {
        const draw = () => {
          this.font(piece.run, style.size, piece.face).fillColor(
            piece.run.href ? LINK_COLOUR : TEXT_COLOUR,
          );
          // The gap that makes a line `lineSpacing` times the size, in this face's metrics.
          const lineGap = Math.max(0, this.lineHeight(style.size) - pdf.currentLineHeight());
          pdf.text(piece.text, {
            width,
            align: 'left',
            lineGap,
            continued: index < pieces.length - 1,
            link: piece.run.href,
            underline: piece.run.href !== null,
          });
        };
        element.add(piece.run.href ? pdf.struct('Link', {}, draw) : draw);
      });
    }
    element.end();
    pdf.x = this.column.left;
    pdf.y += this.layout.paragraphGap;
  }

  /**
   * A run cut where its font changes and where a long word may break. The breaks are not
   * drawn (no font has a visible zero-width space); each piece is a text call of its own, and
   * pdfkit may start a new line between two calls.
   */
  private pieces(run: TextRun, size: number, width: number) {
    this.font(run, size);
    const text = breakLongWords(run.text, width * LONG_WORD_SHARE_OF_LINE, (character) =>
      this.pdf.widthOfString(character),
    );
    return this.fonts.segments(text, run).flatMap((segment) =>
      segment.text
        .split(ZERO_WIDTH_SPACE)
        .filter((part) => part !== '')
        .map((part) => ({ run, face: segment.face, text: part })),
    );
  }

  private rule(indent: number): void {
    const { pdf, layout } = this;
    this.ensureSpace(layout.paragraphGap * 2);
    const y = pdf.y + layout.paragraphGap / 2;
    pdf.markContent('Artifact', { type: 'Layout' });
    pdf
      .moveTo(this.column.left + indent, y)
      .lineTo(this.column.left + this.column.width, y)
      .lineWidth(1)
      .strokeColor('#595959')
      .stroke();
    pdf.endMarkedContent();
    pdf.y += layout.paragraphGap * 2;
  }

  private bookmark(level: number, title: string): void {
    const parent = this.outlineAt.slice(0, level).reverse().find(Boolean) ?? this.pdf.outline;
    this.outlineAt[level] = parent.addItem(title || 'Untitled section');
    this.outlineAt.length = level + 1;
  }
}

export function plain(text: string): TextRun {
  return { kind: 'text', text, bold: false, italic: false, href: null };
}

/** The lines of a paragraph between hard breaks; an empty line keeps its height. */
function splitAtBreaks(inlines: Inline[]): TextRun[][] {
  const lines: TextRun[][] = [[]];
  for (const inline of inlines) {
    if (inline.kind === 'break') lines.push([]);
    else lines[lines.length - 1]?.push(inline);
  }
  return lines.map((line) => (line.length > 0 ? line : [plain(' ')]));
}
