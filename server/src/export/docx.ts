// DOCX export with the `docx` library: real Word heading styles (Heading1 for the title, then
// Heading2 and below), real bulleted and numbered lists through a numbering definition, real
// hyperlinks, and the title and language (en-GB) set, so screen-reader users can navigate the
// file by headings and lists. Text is set in Atkinson Hyperlegible Next by name (the font is not
// embedded: Word shows another sans-serif font where it is not installed), and every page says
// "Page 2 of 9" at its foot. Easy Read sets 16 or 21 pt text, 1.5 line spacing and left
// alignment on every paragraph and run, and puts pictures beside the words (docx-easy-read.ts).
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type ILevelsOptions,
  type NumberingDefinition,
  type ParagraphChild,
} from 'docx';
import type { Block, Inline } from './blocks.ts';
import { easyReadContent } from './docx-easy-read.ts';
import { easyReadRows, easyReadSizes } from './easy-read-layout.ts';
import { buildExportModel } from './export-model.ts';
import { FONT_FAMILY } from './fonts.ts';
import { preparePictures } from './pictures.ts';
import type { ExportOptions, ProseMirrorJSON } from './types.ts';

const LANGUAGE = 'en-GB';
/** Half-points: 11 pt normally. */
const NORMAL_BODY_SIZE = 22;
/** 240ths of a line: 1.15 normally, 1.5 in Easy Read. */
const LINE_SPACING = { normal: 276, easyRead: 360 };
const INDENT_STEP = 720;
const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

export async function renderDocx(doc: ProseMirrorJSON, options: ExportOptions): Promise<Buffer> {
  const model = buildExportModel(doc, options);
  const sizes = easyReadSizes(options.textSize);
  const writer = new DocxWriter(options.easyRead ? sizes.body * 2 : null);
  const content = [...model.body, ...model.endMatter];
  const children = [
    writer.heading(1, [
      { kind: 'text', text: model.title, bold: false, italic: false, href: null },
    ]),
    ...model.notices.map((notice) => writer.paragraph([boldRun(notice)])),
    ...(options.easyRead
      ? easyReadContent(
          easyReadRows(content),
          writer,
          sizes,
          await preparePictures(model.body, options.loadPicture),
        )
      : writer.blocks(content, 0)),
    ...(model.appendix ? writer.appendix(model.appendix) : []),
  ];
  const document = new Document({
    title: model.title,
    creator: 'Roundtable',
    styles: writer.styles(),
    numbering: { config: writer.numbering() },
    sections: [{ children, footers: { default: pageNumberFooter() } }],
  });
  return Packer.toBuffer(document);
}

function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

function boldRun(text: string): Inline {
  return { kind: 'text', text, bold: true, italic: false, href: null };
}

/** Turns export blocks into Word paragraphs, counting list instances and starting numbers. */
class DocxWriter {
  private nextListInstance = 1;
  private readonly orderedStarts = new Set<number>([1]);

  /** `easyReadSize`: Easy Read body text in half-points; null for the normal layout. */
  constructor(private readonly easyReadSize: number | null) {}

  private get easyRead(): boolean {
    return this.easyReadSize !== null;
  }

  styles() {
    const size = this.easyReadSize ?? NORMAL_BODY_SIZE;
    const line = this.easyRead ? LINE_SPACING.easyRead : LINE_SPACING.normal;
    const heading = (points: number) => ({
      run: { size: Math.max(points * 2, size + 4), bold: true, color: '1A1A1A' },
      paragraph: { spacing: { before: 240, after: 120, line }, alignment: AlignmentType.LEFT },
    });
    return {
      default: {
        document: {
          run: { size, font: FONT_FAMILY, language: { value: LANGUAGE } },
          paragraph: { spacing: { after: 160, line }, alignment: AlignmentType.LEFT },
        },
        heading1: heading(20),
        heading2: heading(16),
        heading3: heading(14),
        heading4: heading(12),
        heading5: heading(12),
        heading6: heading(12),
      },
    };
  }

  numbering(): NumberingDefinition[] {
    return [
      {
        reference: 'bullets',
        levels: listLevels(() => ({ format: LevelFormat.BULLET, start: 1 })),
      },
      ...[...this.orderedStarts].map((start) => ({
        reference: orderedReference(start),
        levels: listLevels((level) => ({
          format: LevelFormat.DECIMAL,
          start: level === 0 ? start : 1,
        })),
      })),
    ];
  }

  blocks(blocks: Block[], indent: number): Paragraph[] {
    return blocks.flatMap((block) => this.block(block, indent));
  }

  /** The co-production record starts on a new page. */
  appendix(blocks: Block[]): Paragraph[] {
    const [first, ...rest] = blocks;
    if (first?.kind !== 'heading') return this.blocks(blocks, 0);
    return [this.heading(first.level, first.inlines, true), ...this.blocks(rest, 0)];
  }

  heading(level: number, inlines: Inline[], pageBreakBefore = false): Paragraph {
    return new Paragraph({
      heading: HEADINGS[Math.min(Math.max(level, 1), HEADINGS.length) - 1],
      pageBreakBefore,
      children: this.runs(inlines),
      ...this.layout(),
    });
  }

  paragraph(inlines: Inline[], indent = 0): Paragraph {
    return new Paragraph({
      children: this.runs(inlines),
      indent: indent > 0 ? { left: indent } : undefined,
      ...this.layout(),
    });
  }

  private block(block: Block, indent: number): Paragraph[] {
    switch (block.kind) {
      case 'heading':
        return [this.heading(block.level, block.inlines)];
      case 'paragraph':
        return [this.paragraph(block.inlines, indent)];
      case 'list':
        return this.list(block, 0, indent);
      case 'quote':
        return this.blocks(block.blocks, indent + INDENT_STEP);
      case 'rule':
        return [
          new Paragraph({
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '595959', space: 1 } },
          }),
        ];
    }
  }

  private list(list: Extract<Block, { kind: 'list' }>, level: number, indent: number): Paragraph[] {
    const instance = this.nextListInstance++;
    if (list.ordered) this.orderedStarts.add(list.start);
    const reference = list.ordered ? orderedReference(list.start) : 'bullets';
    return list.items.flatMap((item) =>
      item.flatMap((block, index) => {
        if (block.kind === 'list') return this.list(block, Math.min(level + 1, 8), indent);
        if (index === 0 && block.kind === 'paragraph') {
          return [
            new Paragraph({
              children: this.runs(block.inlines),
              numbering: { reference, level, instance },
              ...this.layout(),
            }),
          ];
        }
        // Later paragraphs of an item, or an item that opens with something else, sit under
        // the item's text without a marker of their own.
        return this.block(block, indent + INDENT_STEP * (level + 1));
      }),
    );
  }

  private layout() {
    return this.easyRead
      ? { alignment: AlignmentType.LEFT, spacing: { line: LINE_SPACING.easyRead } }
      : { alignment: AlignmentType.LEFT };
  }

  private runs(inlines: Inline[]): ParagraphChild[] {
    const size = this.easyReadSize ?? undefined;
    return inlines.map((inline) => {
      if (inline.kind === 'break') return new TextRun({ break: 1, size });
      const run = new TextRun({
        text: inline.text,
        bold: inline.bold || undefined,
        italics: inline.italic || undefined,
        size,
        style: inline.href ? 'Hyperlink' : undefined,
      });
      return inline.href ? new ExternalHyperlink({ link: inline.href, children: [run] }) : run;
    });
  }
}

function orderedReference(start: number): string {
  return start === 1 ? 'ordered' : `ordered-from-${start}`;
}

const BULLETS = ['\u2022', '\u25E6', '\u25AA'];

function listLevels(format: (level: number) => Pick<ILevelsOptions, 'format' | 'start'>) {
  return Array.from({ length: 9 }, (_, level): ILevelsOptions => {
    const { format: levelFormat, start } = format(level);
    return {
      level,
      format: levelFormat,
      start,
      text: levelFormat === LevelFormat.BULLET ? BULLETS[level % 3] : `%${level + 1}.`,
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: INDENT_STEP * (level + 1), hanging: 360 } } },
    };
  });
}
