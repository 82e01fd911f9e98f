// REST contract for documents, including the bin that keeps deleted documents for 30 days.
import { z } from 'zod';
import { Id } from './ids.ts';
import { shownText } from './shown-text.ts';

export const BIN_RETENTION_DAYS = 30;

export const DocumentTitle = shownText({
  min: 1,
  max: 200,
  tooShort: 'Please give the document a title',
  tooLong: 'A document title can be at most 200 characters',
});

export const CreateDocumentBody = z.object({ workspaceId: Id, title: DocumentTitle }).strict();
export type CreateDocumentBody = z.infer<typeof CreateDocumentBody>;

export const UpdateDocumentBody = z.object({ title: DocumentTitle }).strict();
export type UpdateDocumentBody = z.infer<typeof UpdateDocumentBody>;

export const DocumentSummary = z.object({
  id: Id,
  workspaceId: Id,
  title: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Set while the document is in the bin; it is erased for good 30 days after this. */
  deletedAt: z.string().nullable(),
  /** Set on an Easy Read version: the full draft it is the Easy Read version of. */
  easyReadOf: Id.nullable(),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

export const DocumentList = z.array(DocumentSummary);

export const ListDocumentsQuery = z
  .object({
    workspaceId: Id.optional(),
    /** `bin=1` lists the documents in the bin instead of the live ones. */
    bin: z.enum(['0', '1']).optional(),
  })
  .strict();
export type ListDocumentsQuery = z.infer<typeof ListDocumentsQuery>;

export const VersionName = shownText({
  min: 1,
  max: 200,
  tooShort: 'Please give the version a name',
  tooLong: 'A version name can be at most 200 characters',
});

export const SaveVersionBody = z.object({ name: VersionName }).strict();

export const VersionSummary = z.object({
  id: Id,
  documentId: Id,
  name: z.string(),
  kind: z.enum(['named', 'meeting-end', 'quiet', 'before-restore']),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  agreement: z.object({ agreedAt: z.string(), how: z.record(z.string(), z.unknown()) }).nullable(),
});
export type VersionSummary = z.infer<typeof VersionSummary>;

export const ExportQuery = z
  .object({
    format: z.enum(['docx', 'pdf', 'html', 'md']),
    version: Id.optional(),
    easyRead: z.enum(['0', '1']).optional(),
    /** Easy Read text size in points. */
    textSize: z.enum(['16', '21']).optional(),
    record: z.enum(['0', '1']).optional(),
  })
  .strict();
