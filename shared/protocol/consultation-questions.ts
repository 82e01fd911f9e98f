// REST contract for questions attached to a paragraph of a public consultation: "Do you agree
// with this paragraph?", answered agree, disagree or not sure, with a reason if the person wants
// (as in Loomio). Anyone answers; the public sees the counts, the group also the reasons.
import { z } from 'zod';
import { Id } from './ids.ts';

export const PROMPT_MAX = 300;
export const ANSWER_REASON_MAX = 1000;

export const AgreementAnswer = z.enum(['agree', 'disagree', 'unsure']);
export type AgreementAnswer = z.infer<typeof AgreementAnswer>;

export const AskQuestionBody = z
  .object({
    paragraph: z.number().int().min(0).max(100_000),
    prompt: z
      .string()
      .trim()
      .min(1, 'Please write the question')
      .max(PROMPT_MAX, `A question can be at most ${PROMPT_MAX} characters`),
  })
  .strict();
export type AskQuestionBody = z.infer<typeof AskQuestionBody>;

export const AnswerQuestionBody = z
  .object({
    answer: AgreementAnswer,
    reason: z
      .string()
      .trim()
      .max(ANSWER_REASON_MAX, `A reason can be at most ${ANSWER_REASON_MAX} characters`)
      .optional()
      .transform((value) => (value ? value : undefined)),
    /** Hidden from people; a form filled by a program fills it. */
    website: z.string().max(500).optional(),
  })
  .strict();
export type AnswerQuestionBody = z.infer<typeof AnswerQuestionBody>;

export const AnswerCounts = z.object({
  agree: z.number().int(),
  disagree: z.number().int(),
  unsure: z.number().int(),
});
export type AnswerCounts = z.infer<typeof AnswerCounts>;

/** A question with the counts of its answers (and, for the group, the reasons given). */
export const QuestionResults = z.object({
  id: Id,
  paragraph: z.number().int(),
  prompt: z.string(),
  counts: AnswerCounts,
  reasons: z.array(z.object({ answer: AgreementAnswer, reason: z.string() })).nullable(),
});
export type QuestionResults = z.infer<typeof QuestionResults>;
export const QuestionResultsList = z.array(QuestionResults);
