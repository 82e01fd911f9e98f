// REST contract for suggestions: deciding one (accept or reject) and the record of decisions,
// each saying how it was decided: by one person directly, or by the group in a meeting poll.
import { z } from 'zod';
import { Id } from './ids.ts';

export const SuggestionOutcome = z.enum(['accepted', 'rejected']);
export type SuggestionOutcome = z.infer<typeof SuggestionOutcome>;

export const DecideSuggestionBody = z.object({ outcome: SuggestionOutcome }).strict();
export type DecideSuggestionBody = z.infer<typeof DecideSuggestionBody>;

export const PollCounts = z.object({
  agree: z.number().int().min(0),
  notSure: z.number().int().min(0),
  disagree: z.number().int().min(0),
});
export type PollCounts = z.infer<typeof PollCounts>;

export const HowDecided = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('direct'), by: Id }),
  z.object({ kind: z.literal('poll'), meetingId: Id, pollId: Id, counts: PollCounts }),
]);
export type HowDecided = z.infer<typeof HowDecided>;

export const SuggestionDecision = z.object({
  id: Id,
  documentId: Id,
  suggestionId: Id,
  outcome: SuggestionOutcome,
  /** What the suggestion did, in words, e.g. "adds ‘more support at home’". */
  summary: z.string(),
  suggestedBy: z.string().nullable(),
  suggestedAt: z.string().nullable(),
  how: HowDecided,
  decidedAt: z.string(),
});
export type SuggestionDecision = z.infer<typeof SuggestionDecision>;

export const ReviewBody = z.object({ inReview: z.boolean() }).strict();
export type ReviewBody = z.infer<typeof ReviewBody>;

export const DocumentReview = z.object({
  inReview: z.boolean(),
  /** True when, being in review, the draft takes changes only as suggestions. */
  onlySuggestions: z.boolean(),
});
export type DocumentReview = z.infer<typeof DocumentReview>;
