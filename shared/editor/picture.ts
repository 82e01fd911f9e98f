// A paragraph may carry a picture, shown on its left as Easy Read documents do. The picture is
// two attributes of the paragraph, so it lives in the Yjs document: it syncs live and is kept in
// versions. `picture` names where it comes from, `pictureAlt` says in words what it shows
// (every picture needs alt text).
//   "openmoji:<hexcode>"  a picture from the bundled OpenMoji set, e.g. "openmoji:1F3E0"
//   "upload:<pictureId>"  a picture uploaded to the workspace
import { Paragraph } from '@tiptap/extension-paragraph';
import { nullOr, textUpTo } from './attribute-rules.ts';

export const PICTURE_SOURCES = ['openmoji', 'upload'] as const;
export type PictureSource = (typeof PICTURE_SOURCES)[number];

export interface PictureRef {
  source: PictureSource;
  id: string;
}

/** The longest alt text kept: a sentence or two, not a description of a painting. */
export const PICTURE_ALT_MAX_LENGTH = 250;

const PICTURE_PATTERN = /^(openmoji|upload):([A-Za-z0-9_-]{1,80})$/;

/** Reads a `picture` attribute; null when it is missing or not one Roundtable makes. */
export function parsePictureRef(value: unknown): PictureRef | null {
  if (typeof value !== 'string') return null;
  const match = PICTURE_PATTERN.exec(value);
  if (!match) return null;
  return { source: match[1] as PictureSource, id: match[2] as string };
}

export const formatPictureRef = (ref: PictureRef): string => `${ref.source}:${ref.id}`;

/** The paragraph of StarterKit, with the picture attributes. */
export const PictureParagraph = Paragraph.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      // Pressing Enter in a paragraph with a picture starts one without it.
      picture: {
        default: null,
        keepOnSplit: false,
        validate: nullOr(
          (value) => parsePictureRef(value) !== null,
          'openmoji:<code> or upload:<id>',
        ),
        parseHTML: (element: HTMLElement) => {
          const value = element.getAttribute('data-picture');
          return parsePictureRef(value) ? value : null;
        },
        renderHTML: (attributes: Record<string, unknown>) =>
          parsePictureRef(attributes.picture) ? { 'data-picture': attributes.picture } : {},
      },
      pictureAlt: {
        default: null,
        keepOnSplit: false,
        validate: nullOr(textUpTo(PICTURE_ALT_MAX_LENGTH), 'alt text of at most 250 characters'),
        parseHTML: (element: HTMLElement) =>
          element.getAttribute('data-picture-alt')?.slice(0, PICTURE_ALT_MAX_LENGTH) ?? null,
        renderHTML: (attributes: Record<string, unknown>) =>
          typeof attributes.pictureAlt === 'string'
            ? { 'data-picture-alt': attributes.pictureAlt }
            : {},
      },
    };
  },
});
