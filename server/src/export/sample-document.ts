// A generated strategy draft of about 200 A4 pages, for the export benchmark: sections with
// headings, paragraphs, bulleted and numbered lists, quotes and links, every mark in use.
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '@roundtable/shared/protocol/collab';
import { createDocumentSchema } from './document-model.ts';
import type { ProseMirrorJSON, ProseMirrorMarkJSON } from './types.ts';

export interface SampleDocumentOptions {
  /** Level-2 sections; 60 makes roughly 200 pages in the PDF export. */
  sections?: number;
  paragraphsPerSection?: number;
}

const SENTENCE =
  'Residents, carers and council staff worked through the proposal together and agreed that ' +
  'services should be planned with the people who use them, reviewed openly each year, and ' +
  'explained in plain words so that everyone can take part on equal terms. ';

export function createSampleDocument(options: SampleDocumentOptions = {}): ProseMirrorJSON {
  const sections = options.sections ?? 60;
  const paragraphs = options.paragraphsPerSection ?? 12;
  const content: ProseMirrorJSON[] = [];
  for (let section = 1; section <= sections; section++) {
    content.push(heading(2, `Section ${section}: what we heard`));
    for (let index = 1; index <= paragraphs; index++) {
      if (index === 5) content.push(heading(3, `Part ${section}.${index}: priorities`));
      content.push(paragraph(section, index));
    }
    content.push(list('bulletList', section, 5), list('orderedList', section, 5));
    content.push({ type: 'blockquote', content: [paragraph(section, 0)] });
  }
  return { type: 'doc', content };
}

/** The same document as stored Yjs state, for timing the whole path from storage. */
export function createSampleDocumentState(options: SampleDocumentOptions = {}): Uint8Array {
  const ydoc: Y.Doc = prosemirrorJSONToYDoc(
    createDocumentSchema(),
    createSampleDocument(options),
    CONTENT_FRAGMENT,
  );
  const state = Y.encodeStateAsUpdate(ydoc);
  ydoc.destroy();
  return state;
}

function text(value: string, marks: string[] = [], href?: string): ProseMirrorJSON {
  const all: ProseMirrorMarkJSON[] = marks.map((type) => ({ type }));
  if (href) all.push({ type: 'link', attrs: { href } });
  return all.length > 0 ? { type: 'text', text: value, marks: all } : { type: 'text', text: value };
}

function heading(level: number, title: string): ProseMirrorJSON {
  return { type: 'heading', attrs: { level }, content: [text(title)] };
}

function paragraph(section: number, index: number): ProseMirrorJSON {
  return {
    type: 'paragraph',
    content: [
      text(`${section}.${index} `, ['bold']),
      text(SENTENCE.repeat(2)),
      text('This matters most. ', ['italic']),
      text('Read the evidence', [], `https://example.org/evidence/${section}/${index}`),
      text(`. ${SENTENCE}`),
    ],
  };
}

function list(type: 'bulletList' | 'orderedList', section: number, items: number): ProseMirrorJSON {
  return {
    type,
    content: Array.from({ length: items }, (_, index) => ({
      type: 'listItem',
      content: [
        {
          type: 'paragraph',
          content: [text(`Action ${section}.${index + 1}: ${SENTENCE.slice(0, 90)}`)],
        },
      ],
    })),
  };
}
