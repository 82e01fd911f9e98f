// Who wrote a document: the people behind the Yjs client ids in its content, so the Authors
// view can name the writer of every part of the text.
import { z } from 'zod';
import { Id } from './ids.ts';
import { Colour, PersonName } from './people.ts';

export const DocumentAuthor = z.object({
  personId: Id,
  name: PersonName,
  colour: Colour,
  /** The Yjs client ids whose content this person sent. */
  clientIds: z.array(z.number().int().nonnegative()),
});
export type DocumentAuthor = z.infer<typeof DocumentAuthor>;

export const DocumentAuthors = z.object({ authors: z.array(DocumentAuthor) });
export type DocumentAuthors = z.infer<typeof DocumentAuthors>;
