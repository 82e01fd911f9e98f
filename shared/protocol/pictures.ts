// Pictures uploaded to a workspace, for a paragraph to carry (see shared/editor/picture.ts: the
// paragraph names one as "upload:<id>"). The bytes travel as they are (not JSON); what comes
// back describes the stored picture.
import { z } from 'zod';
import { Id } from './ids.ts';

/** The types a picture may be uploaded as, read from its bytes, never from what a browser says. */
export const UPLOADED_PICTURE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;

/** The longest file name kept with a picture. */
export const PICTURE_NAME_MAX_LENGTH = 120;

export const UploadedPicture = z.object({
  id: Id,
  mediaType: z.enum(UPLOADED_PICTURE_TYPES),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  byteSize: z.number().int().nonnegative(),
  name: z.string(),
  uploadedAt: z.string(),
});
export type UploadedPicture = z.infer<typeof UploadedPicture>;

export const UploadPictureQuery = z.object({
  /** The file's name on the person's device, e.g. "council logo.png". */
  name: z.string().max(PICTURE_NAME_MAX_LENGTH).optional(),
});

export const DocumentPictureParams = z.object({ id: Id, pictureId: Id });

/** Sizes in words: "2 MB", "500 KB". */
export function sizeInWords(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 1) return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
