// REST contract for questions attached to a paragraph of a public consultation: agree, disagree
// or not sure (as in Loomio), one of a few choices, or a scale from 1 to 5; each with a reason if
// the person wants to give one. Anyone answers; the public sees the counts, the group also the
// reasons.
import { z } from 'zod';
import { Id } from './ids.ts';
import {
  HIDDEN_CHARACTERS_MESSAGE,
  isShownParagraphs,
  isShownText,
  nameKey,
} from './shown-text.ts';

export const PROMPT_MAX = 300;
export const ANSWER_REASON_MAX = 1000;
export const CHOICE_MAX = 100;

export const QuestionKind = z.enum(['agree', 'choice', 'scale']);
export type QuestionKind = z.infer<typeof QuestionKind>;

export const QuestionChoice = z.object({ key: z.string(), label: z.string() });
export type QuestionChoice = z.infer<typeof QuestionChoice>;

/** The answers to an "agree or disagree" question. */
export const AGREE_CHOICES: readonly QuestionChoice[] = [
  { key: 'agree', label: 'I agree' },
  { key: 'disagree', label: 'I disagree' },
  { key: 'unsure', label: 'I am not sure' },
];

/** The answers to a scale: 1 to 5, the ends named. */
export function scaleChoices(low: string, high: string): QuestionChoice[] {
  return ['1', '2', '3', '4', '5'].map((key) => ({
    key,
    label: key === '1' ? `1: ${low}` : key === '5' ? `5: ${high}` : key,
  }));
}

const Prompt = z
  .string()
  .trim()
  .min(1, 'Please write the question')
  .max(PROMPT_MAX, `A question can be at most ${PROMPT_MAX} characters`)
  .refine(isShownText, HIDDEN_CHARACTERS_MESSAGE)
  .normalize('NFC');
const Paragraph = z.number().int().min(0).max(100_000);
const Words = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Please write ${what}`)
    .max(CHOICE_MAX, `At most ${CHOICE_MAX} characters`)
    .refine(isShownText, HIDDEN_CHARACTERS_MESSAGE)
    .normalize('NFC');

export const AskQuestionBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('agree'), paragraph: Paragraph, prompt: Prompt }).strict(),
  z
    .object({
      kind: z.literal('choice'),
      paragraph: Paragraph,
      prompt: Prompt,
      options: z
        .array(Words('each choice'))
        .min(2, 'Please give at least two choices')
        .max(6, 'Please give at most six choices')
        .refine(
          // Compared as they read: "Réd" however it is written, "Ｒｅｄ" as "Red", any case.
          (options) => new Set(options.map(nameKey)).size === options.length,
          'Please give each choice only once',
        ),
    })
    .strict(),
  z
    .object({
      kind: z.literal('scale'),
      paragraph: Paragraph,
      prompt: Prompt,
      low: Words('what 1 means'),
      high: Words('what 5 means'),
    })
    .strict(),
]);
export type AskQuestionBody = z.infer<typeof AskQuestionBody>;

export const AnswerQuestionBody = z
  .object({
    /** The key of one of the question's choices. */
    answer: z.string().min(1).max(20),
    reason: z
      .string()
      .trim()
      .max(ANSWER_REASON_MAX, `A reason can be at most ${ANSWER_REASON_MAX} characters`)
      .refine(isShownParagraphs, HIDDEN_CHARACTERS_MESSAGE)
      .normalize('NFC')
      .optional()
      .transform((value) => (value ? value : undefined)),
    /** Hidden from people; a form filled by a program fills it. */
    website: z.string().max(500).optional(),
  })
  .strict();
export type AnswerQuestionBody = z.infer<typeof AnswerQuestionBody>;

/** A question with how many chose each answer (and, for the group, the reasons given). */
export const QuestionResults = z.object({
  id: Id,
  paragraph: z.number().int(),
  prompt: z.string(),
  kind: QuestionKind,
  /** How many gave each answer; null on the public page while the consultation is open. */
  counts: z.array(QuestionChoice.extend({ count: z.number().int().nullable() })),
  /** The reasons given (for the group), each with its answer's id, to remove one. */
  reasons: z.array(z.object({ id: Id, answer: z.string(), reason: z.string() })).nullable(),
});
export type QuestionResults = z.infer<typeof QuestionResults>;
/** A question's results with every number there (for the workspace and the report). */
export type CountedQuestionResults = Omit<QuestionResults, 'counts'> & {
  counts: (QuestionChoice & { count: number })[];
};
export const hasCounts = (results: QuestionResults): results is CountedQuestionResults =>
  results.counts.every((choice) => choice.count !== null);
export const QuestionResultsList = z.array(QuestionResults);
