// REST contract for workspaces: a forum or board that owns documents.
import { z } from 'zod';
import { Id } from './ids.ts';
import { shownText } from './shown-text.ts';

export const WorkspaceName = shownText({
  min: 1,
  max: 200,
  tooShort: 'Please give the workspace a name',
  tooLong: 'A workspace name can be at most 200 characters',
});

export const CreateWorkspaceBody = z.object({ name: WorkspaceName }).strict();
export type CreateWorkspaceBody = z.infer<typeof CreateWorkspaceBody>;

export const UpdateWorkspaceBody = z.object({ name: WorkspaceName }).strict();
export type UpdateWorkspaceBody = z.infer<typeof UpdateWorkspaceBody>;

export const Workspace = z.object({
  id: Id,
  name: z.string(),
  createdAt: z.string(),
});
export type Workspace = z.infer<typeof Workspace>;

export const WorkspaceList = z.array(Workspace);

export const AgreementRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('no-one-disagrees') }),
  z.object({ kind: z.literal('share'), percent: z.number().int().min(50).max(100) }),
]);

export const ErasedPeoplesComments = z.enum(['keep', 'delete']);
export type ErasedPeoplesComments = z.infer<typeof ErasedPeoplesComments>;

export const WorkspaceSettings = z
  .object({
    agreementRule: AgreementRuleSchema,
    /** Drafts marked "in review" take changes only as suggestions (enforced by the server). */
    reviewTakesOnlySuggestions: z.boolean().default(false),
    /** Observers may comment on documents (they still cannot change the text). */
    observersMayComment: z.boolean().default(false),
    /**
     * What happens to the comments of a person whose data is erased: kept under their
     * pseudonym ("Former member 3"), so the discussion still reads, or deleted.
     */
    erasedPeoplesComments: ErasedPeoplesComments.default('keep'),
    /** Comments from the public on a consultation wait for a facilitator before they show. */
    consultationCommentsModerated: z.boolean().default(true),
  })
  .strict();
export type WorkspaceSettings = z.infer<typeof WorkspaceSettings>;
export const defaultWorkspaceSettings: WorkspaceSettings = {
  agreementRule: { kind: 'no-one-disagrees' },
  reviewTakesOnlySuggestions: false,
  observersMayComment: false,
  erasedPeoplesComments: 'keep',
  consultationCommentsModerated: true,
};

/** A change to some settings; what it leaves out stays as it was. */
export const WorkspaceSettingsChange = z
  .object({
    agreementRule: AgreementRuleSchema,
    reviewTakesOnlySuggestions: z.boolean(),
    observersMayComment: z.boolean(),
    erasedPeoplesComments: ErasedPeoplesComments,
    consultationCommentsModerated: z.boolean(),
  })
  .partial()
  .strict();
export type WorkspaceSettingsChange = z.infer<typeof WorkspaceSettingsChange>;
