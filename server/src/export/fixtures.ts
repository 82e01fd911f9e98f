// Documents for the export tests: one with every node and mark the editor supports, one with
// script and odd links typed as text, and a co-production record. Built through the editor's
// schema and stored as Yjs state, as the collaboration server stores documents.
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '@roundtable/shared/protocol/collab';
import { createDocumentSchema } from './document-model.ts';
import type { CoProductionRecord, ProseMirrorJSON } from './types.ts';

type Mark = { type: string; attrs?: Record<string, unknown> };

const text = (value: string, ...marks: Mark[]): ProseMirrorJSON =>
  marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const paragraph = (...content: ProseMirrorJSON[]): ProseMirrorJSON => ({
  type: 'paragraph',
  content,
});
const heading = (level: number, value: string): ProseMirrorJSON => ({
  type: 'heading',
  attrs: { level },
  content: [text(value)],
});
const item = (...content: ProseMirrorJSON[]): ProseMirrorJSON => ({ type: 'listItem', content });
const bold = { type: 'bold' };
const italic = { type: 'italic' };
const link = (href: string) => ({ type: 'link', attrs: { href } });
/**
 * A link address the editor's schema refuses (`javascript:`), as a raw Yjs client could still
 * store it: stands in as a safe address while the document is built, then is written as is.
 */
const RAW_HREF = 'https://raw.invalid/';
const rawLink = (href: string) => link(RAW_HREF + encodeURIComponent(href));

export const EVERY_NODE_DOCUMENT: ProseMirrorJSON = {
  type: 'doc',
  content: [
    heading(1, 'Our vision'),
    paragraph(
      text('Plain, '),
      text('bold', bold),
      text(', '),
      text('italic', italic),
      text(', '),
      text('both', bold, italic),
      text(' and a '),
      text('council site', link('https://example.org/council')),
      text('.'),
      { type: 'hardBreak' },
      text('Second line.'),
    ),
    heading(2, 'Priorities'),
    {
      type: 'bulletList',
      content: [
        item(paragraph(text('First priority'))),
        item(paragraph(text('Second priority')), {
          type: 'orderedList',
          attrs: { start: 1 },
          content: [item(paragraph(text('Step one'))), item(paragraph(text('Step two')))],
        }),
      ],
    },
    {
      type: 'orderedList',
      attrs: { start: 3 },
      content: [item(paragraph(text('Third'))), item(paragraph(text('Fourth')))],
    },
    { type: 'blockquote', content: [paragraph(text('We want to be heard.'))] },
    { type: 'horizontalRule' },
    heading(3, 'Risks'),
    paragraph(text('Write to '), text('the team', link('mailto:team@example.org')), text('.')),
  ],
};

export const HOSTILE_DOCUMENT: ProseMirrorJSON = {
  type: 'doc',
  content: [
    heading(2, '<img src=x onerror=alert(1)>'),
    paragraph(
      text('<script>alert(1)</script> and *stars* & [brackets] '),
      text('click me', rawLink('javascript:alert(1)')),
    ),
    paragraph(text('# not a heading')),
    paragraph(text('1. not a list')),
  ],
};

export const RECORD: CoProductionRecord = {
  participants: { named: ['Asha Patel', 'Tom Reid'], countsByWay: { 'in the room': 9, online: 4 } },
  meetings: [{ title: 'Workshop 3', date: '12 February 2026', attended: 13 }],
  decisions: [{ text: 'Keep the libraries open on Saturdays', date: '12 February 2026' }],
  actions: [
    { what: 'Cost the Saturday opening', who: 'Finance team', due: '1 April 2026', status: 'open' },
  ],
  polls: [
    {
      question: 'Do we agree the draft?',
      results: [
        { label: 'Agree', count: 10 },
        { label: 'Disagree', count: 1 },
      ],
    },
  ],
  authorship: [
    { way: 'in the room', share: 0.55 },
    { way: 'online', share: 0.45 },
  ],
};

/** The document as the collaboration server stores it: a Yjs update. */
export function storedState(doc: ProseMirrorJSON): Uint8Array {
  const ydoc: Y.Doc = prosemirrorJSONToYDoc(createDocumentSchema(), doc, CONTENT_FRAGMENT);
  writeRawLinks(ydoc.getXmlFragment(CONTENT_FRAGMENT));
  return Y.encodeStateAsUpdate(ydoc);
}

/** Puts back the addresses `rawLink` stood in for. */
function writeRawLinks(parent: Y.XmlFragment | Y.XmlElement): void {
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlElement) writeRawLinks(child);
    if (!(child instanceof Y.XmlText)) continue;
    let index = 0;
    for (const op of child.toDelta() as {
      insert: string;
      attributes?: Record<string, unknown>;
    }[]) {
      const href = (op.attributes?.link as { href?: unknown } | undefined)?.href;
      if (typeof href === 'string' && href.startsWith(RAW_HREF)) {
        const raw = decodeURIComponent(href.slice(RAW_HREF.length));
        child.format(index, op.insert.length, { link: { href: raw } });
      }
      index += op.insert.length;
    }
  }
}
