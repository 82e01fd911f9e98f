// The one reading of a ProseMirror document that every renderer shares: a small tree of
// headings, paragraphs, lists, quotes and rules whose text runs carry only bold, italic and a
// link that is known to be safe. Whatever the JSON holds (unknown nodes, odd nesting, a
// `javascript:` link), it arrives here as plain text or not at all, so renderers only have to
// escape text for their format. Heading levels are settled here too, so every format has the
// same outline: the title is the only level 1 and no level is skipped.
import { PICTURE_ALT_MAX_LENGTH, parsePictureRef } from '@roundtable/shared/editor/picture';
import type { Block, ExportModel, Inline, PictureSpec, TextRun } from './blocks.ts';
import { cleanText } from './clean-text.ts';
import { pictureCredit } from './end-matter.ts';
import { withHardWords } from './hard-words.ts';
import { recordBlocks } from './record.ts';
import type { ExportOptions, ProseMirrorJSON } from './types.ts';

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const MAX_HEADING_LEVEL = 6;

/** The link's URL if it is an absolute http(s) or mailto URL, otherwise null. */
export function safeHref(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  try {
    const url = new URL(raw.trim());
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

export function buildExportModel(doc: ProseMirrorJSON, options: ExportOptions): ExportModel {
  const context = { easyRead: options.easyRead };
  const blocks = toBlocks(doc, context, true);
  const appendix = options.record ? recordBlocks(options.record) : null;
  settleHeadingLevels(blocks, appendix ?? []);
  // After the levels are settled: the "Hard words" list is a section of its own, at level 2.
  const body = withHardWords(blocks, options.hardWords ?? []);
  const endMatter = options.easyRead ? pictureCredit(body) : [];
  const title = cleanText(options.title).trim() || 'Untitled document';
  const notices = [
    options.agreed ? `Agreed on ${options.agreed.date} by ${options.agreed.workspaceName}` : null,
    options.checkedStamp,
  ]
    .map((notice) => cleanText(notice ?? '').trim())
    .filter((notice) => notice !== '');
  return { title, notices, body, endMatter, appendix };
}

/** The plain text of inlines, with line breaks as spaces (for outlines and titles). */
export function plainText(inlines: Inline[]): string {
  return inlines.map((inline) => (inline.kind === 'text' ? inline.text : ' ')).join('');
}

interface Context {
  easyRead: boolean;
}

/** `topLevel`: a child of the document, where a paragraph's picture is kept. */
function toBlocks(node: ProseMirrorJSON, context: Context, topLevel = false): Block[] {
  const children = Array.isArray(node.content) ? node.content : [];
  switch (node.type) {
    case 'doc':
      return children.flatMap((child) => toBlocks(child, context, true));
    case 'paragraph': {
      const inlines = toInlines(children, [], context);
      const picture = topLevel ? pictureOf(node) : null;
      // A picture with no words is still a row of an Easy Read page.
      return picture
        ? [{ kind: 'paragraph', inlines, picture }]
        : nonEmpty({ kind: 'paragraph', inlines });
    }
    case 'heading':
      return nonEmpty({
        kind: 'heading',
        level: headingLevel(node.attrs?.level),
        inlines: toInlines(children, [], context).map(breakAsSpace),
      });
    case 'bulletList':
    case 'orderedList': {
      const items = children
        .map((child) =>
          child.type === 'listItem'
            ? (child.content ?? []).flatMap((part) => toBlocks(part, context))
            : toBlocks(child, context),
        )
        .filter((item) => item.length > 0);
      if (items.length === 0) return [];
      const ordered = node.type === 'orderedList';
      return [{ kind: 'list', ordered, start: listStart(node.attrs?.start), items }];
    }
    case 'blockquote': {
      const blocks = children.flatMap((child) => toBlocks(child, context));
      return blocks.length > 0 ? [{ kind: 'quote', blocks }] : [];
    }
    case 'horizontalRule':
      return [{ kind: 'rule' }];
    default:
      return unknownBlock(node, context);
  }
}

function pictureOf(node: ProseMirrorJSON): PictureSpec | null {
  const ref = parsePictureRef(node.attrs?.picture);
  if (!ref) return null;
  const alt = cleanText(node.attrs?.pictureAlt).trim().slice(0, PICTURE_ALT_MAX_LENGTH);
  return { ref: `${ref.source}:${ref.id}`, alt };
}

/** A node the schema does not know: its blocks if it holds blocks, otherwise its text. */
function unknownBlock(node: ProseMirrorJSON, context: Context): Block[] {
  const children = Array.isArray(node.content) ? node.content : [];
  const holdsInline =
    typeof node.text === 'string' ||
    children.some((child) => child.type === 'text' || child.type === 'hardBreak');
  if (!holdsInline && children.length > 0) {
    return children.flatMap((child) => toBlocks(child, context));
  }
  return nonEmpty({ kind: 'paragraph', inlines: toInlines([node], [], context) });
}

type Marks = NonNullable<ProseMirrorJSON['marks']>;

function toInlines(nodes: ProseMirrorJSON[], inherited: Marks, context: Context): Inline[] {
  const inlines: Inline[] = [];
  for (const node of nodes) {
    const marks = [...inherited, ...(Array.isArray(node.marks) ? node.marks : [])];
    if (node.type === 'hardBreak') {
      inlines.push({ kind: 'break' });
    } else if (typeof node.text === 'string') {
      pushRun(inlines, runOf(cleanText(node.text), marks, context));
    } else if (Array.isArray(node.content)) {
      // A block inside inline content, or an unknown inline: keep its text in place.
      for (const inline of toInlines(node.content, marks, context)) {
        if (inline.kind === 'text') pushRun(inlines, inline);
        else inlines.push(inline);
      }
    }
  }
  return inlines;
}

function runOf(text: string, marks: Marks, context: Context): TextRun {
  const has = (type: string) => marks.some((mark) => mark.type === type);
  const link = marks.find((mark) => mark.type === 'link');
  return {
    kind: 'text',
    text,
    bold: has('bold'),
    // Easy Read has no italics: emphasis in slanted type is harder to read.
    italic: has('italic') && !context.easyRead,
    href: link ? safeHref(link.attrs?.href) : null,
  };
}

/** Adds a run, joining it to the previous one when they look the same. */
function pushRun(inlines: Inline[], run: TextRun): void {
  if (run.text === '') return;
  const last = inlines[inlines.length - 1];
  if (
    last?.kind === 'text' &&
    last.bold === run.bold &&
    last.italic === run.italic &&
    last.href === run.href
  ) {
    last.text += run.text;
  } else {
    inlines.push(run);
  }
}

function breakAsSpace(inline: Inline): Inline {
  return inline.kind === 'break'
    ? { kind: 'text', text: ' ', bold: false, italic: false, href: null }
    : inline;
}

function nonEmpty(block: Extract<Block, { inlines: Inline[] }>): Block[] {
  return plainText(block.inlines).trim() === '' ? [] : [block];
}

function headingLevel(raw: unknown): number {
  const level = typeof raw === 'number' ? raw : Number(raw);
  return Number.isInteger(level) ? Math.min(Math.max(level, 1), MAX_HEADING_LEVEL) : 1;
}

function listStart(raw: unknown): number {
  const start = typeof raw === 'number' ? raw : Number(raw);
  return Number.isInteger(start) && start >= 0 && start < 1e9 ? start : 1;
}

/**
 * The title is level 1, so content headings move down until the highest is level 2, and a
 * heading is at most one level below the one before it. The appendix follows the same rule.
 */
function settleHeadingLevels(body: Block[], appendix: Block[]): void {
  const bodyHeadings = headingsIn(body);
  const highest = Math.min(...bodyHeadings.map((heading) => heading.level));
  const shift = Number.isFinite(highest) ? 2 - highest : 0;
  const inBody = new Set(bodyHeadings);
  let previous = 1;
  for (const heading of [...bodyHeadings, ...headingsIn(appendix)]) {
    const wanted = heading.level + (inBody.has(heading) ? shift : 0);
    heading.level = Math.min(Math.max(wanted, 2), previous + 1, MAX_HEADING_LEVEL);
    previous = heading.level;
  }
}

function headingsIn(blocks: Block[]): Extract<Block, { kind: 'heading' }>[] {
  return blocks.flatMap((block) => {
    switch (block.kind) {
      case 'heading':
        return [block];
      case 'list':
        return block.items.flatMap(headingsIn);
      case 'quote':
        return headingsIn(block.blocks);
      default:
        return [];
    }
  });
}
