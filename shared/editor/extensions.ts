// The one Tiptap extension list for a Roundtable document. The browser editor adds the
// collaboration extensions on top of it; server-side export builds its schema from the same
// list, so what people write is exactly what gets exported.
import type { AnyExtension } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { isSafeHref, SafeLink } from './link.ts';
import { PictureParagraph } from './picture.ts';
import { HEADING_LEVELS, SectionHeading } from './section-heading.ts';
import { Deletion, Insertion, Modification, SuggestableDocument } from './suggestion-marks.ts';

export { HEADING_LEVELS, type HeadingLevel } from './section-heading.ts';

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
    // Links open in the same tab: a new tab with no warning confuses people.
    SafeLink.configure({
      openOnClick: false,
      autolink: true,
      linkOnPaste: true,
      defaultProtocol: 'https',
      protocols: [],
      isAllowedUri: (url, { defaultValidate }) => isSafeHref(url) && defaultValidate(url),
      HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
    }),
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
      link: false,
    }),
  ];
}
