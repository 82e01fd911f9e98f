// REST contract for public consultations on a draft (issue 14): a facilitator publishes a saved
// version for comment until a closing date; anyone may comment on a paragraph without signing
// in; facilitators moderate, and after closing the group marks what each comment led to.
import { z } from 'zod';
import { HIDDEN_CHARACTERS_MESSAGE, isShownParagraphs, isShownText } from './shown-text.ts';
import { Id } from './ids.ts';

export const INTRODUCTION_MAX = 2000;
export const COMMENT_MAX = 2000;
export const COMMENTER_NAME_MAX = 100;
export const CONTACT_MAX = 200;
export const REASON_MAX = 1000;

/** One block of the published version: headings as headings, paragraphs to comment on. */
export const ConsultationBlock = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), level: z.number().int().min(1).max(6), text: z.string() }),
  z.object({ kind: z.literal('paragraph'), text: z.string() }),
]);
export type ConsultationBlock = z.infer<typeof ConsultationBlock>;

/** A page of the Easy Read version, as it was when the consultation was published. */
export const ConsultationEasyReadPage = z.object({
  title: z.string(),
  texts: z.array(z.string()),
});
export type ConsultationEasyReadPage = z.infer<typeof ConsultationEasyReadPage>;

const Paragraphs = z
  .string()
  .trim()
  .max(INTRODUCTION_MAX, `At most ${INTRODUCTION_MAX} characters`)
  .refine(isShownParagraphs, HIDDEN_CHARACTERS_MESSAGE)
  .normalize('NFC');

export const PublishConsultationBody = z
  .object({
    versionId: Id,
    introduction: Paragraphs.min(1, 'Please say in a few words what you are asking people'),
    /** The closing date and time (ISO 8601); must be in the future. */
    closesAt: z.iso.datetime({ offset: true, message: 'Please give a closing date' }),
  })
  .strict();
export type PublishConsultationBody = z.infer<typeof PublishConsultationBody>;

export const ConsultationStatus = z.enum(['open', 'closed']);
export type ConsultationStatus = z.infer<typeof ConsultationStatus>;

export const ConsultationSummary = z.object({
  id: Id,
  workspaceId: Id,
  documentId: Id,
  versionId: Id,
  title: z.string(),
  introduction: z.string(),
  closesAt: z.string(),
  closedAt: z.string().nullable(),
  status: ConsultationStatus,
  createdAt: z.string(),
});
export type ConsultationSummary = z.infer<typeof ConsultationSummary>;
export const ConsultationSummaryList = z.array(ConsultationSummary);

/** An open consultation as the workspace's public page lists it. */
export const PublicConsultationListItem = z.object({
  id: Id,
  title: z.string(),
  introduction: z.string(),
  closesAt: z.string(),
});
export const PublicConsultationList = z.array(PublicConsultationListItem);
export type PublicConsultationList = z.infer<typeof PublicConsultationList>;

export const CommentState = z.enum(['pending', 'approved', 'rejected']);
export type CommentState = z.infer<typeof CommentState>;
export const CommentOutcome = z.enum(['changed', 'covered', 'not-taken']);
export type CommentOutcome = z.infer<typeof CommentOutcome>;

/** A comment as the public sees it: approved, with the name the commenter chose to give. */
export const PublicComment = z.object({
  id: Id,
  paragraph: z.number().int(),
  body: z.string(),
  name: z.string().nullable(),
  createdAt: z.string(),
  outcome: CommentOutcome.nullable(),
  outcomeReason: z.string().nullable(),
});
export type PublicComment = z.infer<typeof PublicComment>;

export const PublicConsultation = z.object({
  id: Id,
  workspaceName: z.string(),
  title: z.string(),
  introduction: z.string(),
  closesAt: z.string(),
  status: ConsultationStatus,
  blocks: z.array(ConsultationBlock),
  easyRead: z.array(ConsultationEasyReadPage).nullable(),
  comments: z.array(PublicComment),
  /** Whether a new comment is read by a facilitator before it shows. */
  moderated: z.boolean(),
});
export type PublicConsultation = z.infer<typeof PublicConsultation>;

/** Optional words of a line or a few (a name, a contact, a reason), none of them hidden. */
const optionalText = (max: number, tooLong: string, shown = isShownParagraphs) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .refine(shown, HIDDEN_CHARACTERS_MESSAGE)
    .normalize('NFC')
    .optional()
    .transform((value) => (value ? value : undefined));

export const PublicCommentBody = z
  .object({
    paragraph: z.number().int().min(0).max(100_000),
    body: z
      .string()
      .trim()
      .min(1, 'Please write your comment')
      .max(COMMENT_MAX, `A comment can be at most ${COMMENT_MAX} characters`),
    name: optionalText(
      COMMENTER_NAME_MAX,
      `A name can be at most ${COMMENTER_NAME_MAX} characters`,
      isShownText,
    ),
    contact: optionalText(
      CONTACT_MAX,
      `Contact details can be at most ${CONTACT_MAX} characters`,
      isShownText,
    ),
    /** Hidden from people; a form filled by a program fills it. */
    website: z.string().max(500).optional(),
  })
  .strict();
export type PublicCommentBody = z.infer<typeof PublicCommentBody>;

export const PublicCommentAnswer = z.object({ state: CommentState.exclude(['rejected']) });
export type PublicCommentAnswer = z.infer<typeof PublicCommentAnswer>;

/** A comment as the workspace sees it; contact and the reason for rejecting: facilitators only. */
export const MemberComment = PublicComment.extend({
  state: CommentState,
  contact: z.string().nullable(),
  rejectReason: z.string().nullable(),
  erased: z.boolean(),
});
export type MemberComment = z.infer<typeof MemberComment>;

export const ConsultationDetails = z.object({
  consultation: ConsultationSummary,
  blocks: z.array(ConsultationBlock),
  comments: z.array(MemberComment),
  /** The person may moderate and mark outcomes (a facilitator). */
  mayRun: z.boolean(),
  moderated: z.boolean(),
});
export type ConsultationDetails = z.infer<typeof ConsultationDetails>;

export const ModerateCommentBody = z
  .object({
    decision: z.enum(['approve', 'reject']),
    reason: optionalText(REASON_MAX, `A reason can be at most ${REASON_MAX} characters`),
  })
  .strict();
export type ModerateCommentBody = z.infer<typeof ModerateCommentBody>;

export const CommentOutcomeBody = z
  .object({
    outcome: CommentOutcome,
    reason: optionalText(REASON_MAX, `A reason can be at most ${REASON_MAX} characters`),
  })
  .strict()
  .refine((body) => body.outcome !== 'not-taken' || body.reason !== undefined, {
    message: 'Please say why it was not taken forward',
    path: ['reason'],
  });
export type CommentOutcomeBody = z.infer<typeof CommentOutcomeBody>;

export const EraseCommentBody = z.object({ removeWords: z.boolean() }).strict();
export type EraseCommentBody = z.infer<typeof EraseCommentBody>;

/** Shown in place of words a facilitator removed. */
export const REMOVED_WORDS = 'These words were removed.';

/** The Socket.IO namespace where members' pages hear that a consultation changed. */
export const CONSULTATION_NAMESPACE = '/consultations';

export interface ConsultationServerEvents {
  /** Something about the consultation changed (a comment came, one was moderated …): read again. */
  'consultation:changed': (notice: { consultationId: string }) => void;
}

export interface ConsultationClientEvents {
  /** Hear about this consultation; answered with whether the person may. */
  'consultation:watch': (
    consultationId: unknown,
    ack: (answer: { ok: boolean; error?: { code: string; message: string } }) => void,
  ) => void;
}

/** Every event a page may send on the channel; anything else is answered `bad_request`. */
export const consultationClientEventNames = ['consultation:watch'] as const;
