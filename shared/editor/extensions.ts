// The one Tiptap extension list for a Roundtable document. The browser editor adds the
// collaboration extensions on top of it; server-side export builds its schema from the same
// list, so what people write is exactly what gets exported.
import type { AnyExtension } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { PictureParagraph } from './picture.ts';
import { SectionHeading } from './section-heading.ts';
import { Deletion, Insertion, Modification, SuggestableDocument } from './suggestion-marks.ts';

/** Heading levels a document may hold. The toolbar offers 2 and 3; 1 is kept for pasted text. */
export const HEADING_LEVELS = [1, 2, 3] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/**
 * The document schema: headings, paragraphs, bold, italic, bulleted and numbered lists, links
 * and block quotes. Undo and redo come from the collaboration extension (it undoes only your
 * own changes), so StarterKit's own history is switched off. Code, code blocks, strike and
 * underline are left out: a strategy draft does not need them, and fewer choices is calmer.
 * Suggested changes are marks (insertion, deletion, modification) on the text they concern.
 * A paragraph may carry a picture (picture.ts); a heading carries its section's id and, in an
 * Easy Read version, its link to the full draft (section-heading.ts).
 */
export function createDocumentExtensions(): AnyExtension[] {
  return [
    SuggestableDocument,
    Insertion,
    Deletion,
    Modification,
    PictureParagraph,
    SectionHeading.configure({ levels: [...HEADING_LEVELS] }),
    StarterKit.configure({
      document: false,
      paragraph: false,
      undoRedo: false,
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      // Two people's editors would each add a trailing paragraph at the same moment.
      trailingNode: false,
      heading: false,
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        // Links open in the same tab: a new tab with no warning confuses people.
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
      },
    }),
  ];
}
