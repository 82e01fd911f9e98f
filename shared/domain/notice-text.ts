// Markdown-lite for the public notices: "## " and "### " headings, "- " lists, blank lines
// between paragraphs, **bold** and [words](address) links. It is parsed into plain blocks that
// the browser renders as elements with text in them, never as HTML, so nothing typed can become
// markup; a link goes only to a web address, an email address or a page of this site.

export type NoticeInline =
  { kind: 'text'; text: string; bold: boolean } | { kind: 'link'; text: string; href: string };

export type NoticeBlock =
  | { kind: 'heading'; level: 2 | 3; inlines: NoticeInline[] }
  | { kind: 'paragraph'; inlines: NoticeInline[] }
  | { kind: 'list'; items: NoticeInline[][] };

const HEADING = /^(#{1,3})\s+(.*)$/;
const ITEM = /^[-*]\s+(.*)$/;
const INLINE = /\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Addresses a link may go to: https, http, mailto, or a path on this site (not "//host"). */
export function safeHref(address: string): string | null {
  if (/^\/(?!\/)/.test(address)) return address;
  try {
    const url = new URL(address);
    return ['https:', 'http:', 'mailto:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

export function parseInlines(line: string): NoticeInline[] {
  const inlines: NoticeInline[] = [];
  let last = 0;
  const plain = (text: string) => {
    const previous = inlines.at(-1);
    if (previous?.kind === 'text' && !previous.bold) previous.text += text;
    else if (text) inlines.push({ kind: 'text', text, bold: false });
  };
  for (const match of line.matchAll(INLINE)) {
    plain(line.slice(last, match.index));
    const [whole, bold, words, address] = match;
    if (bold !== undefined) inlines.push({ kind: 'text', text: bold, bold: true });
    else {
      const href = safeHref(address ?? '');
      if (href && words) inlines.push({ kind: 'link', text: words, href });
      else plain(whole);
    }
    last = match.index + whole.length;
  }
  plain(line.slice(last));
  return inlines;
}

export function parseNoticeText(text: string): NoticeBlock[] {
  const blocks: NoticeBlock[] = [];
  let paragraph: string[] = [];
  let items: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) {
      blocks.push({ kind: 'paragraph', inlines: parseInlines(paragraph.join(' ')) });
    }
    if (items.length > 0) blocks.push({ kind: 'list', items: items.map(parseInlines) });
    paragraph = [];
    items = [];
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const heading = HEADING.exec(line);
    const item = ITEM.exec(line);
    if (!line) flush();
    else if (heading) {
      flush();
      const level = heading[1]?.length === 3 ? 3 : 2;
      blocks.push({ kind: 'heading', level, inlines: parseInlines(heading[2] ?? '') });
    } else if (item) {
      if (paragraph.length > 0) flush();
      items.push(item[1] ?? '');
    } else {
      if (items.length > 0) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}
