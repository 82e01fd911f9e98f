// REST and /collab contract for a workspace's hard words: a word or phrase with what it means in
// easy words. The matcher and the length limits are in shared/editor/hard-words.ts; a word is
// one per workspace once case and spacing are set aside (`hardWordKey`).
import { z } from 'zod';
import { HARD_WORD_EXPLANATION_MAX_LENGTH, HARD_WORD_MAX_LENGTH } from '../editor/hard-words.ts';
import { Id } from './ids.ts';
import { shownText } from './shown-text.ts';

/** The most hard words one workspace keeps: enough for a glossary, small enough to mark live. */
export const HARD_WORDS_PER_WORKSPACE = 500;

/** The same word however it is written: "  Care   Plan " and "care plan" are one word. */
export function hardWordKey(word: string): string {
  return word.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
}

export const HardWordText = shownText({
  min: 1,
  max: HARD_WORD_MAX_LENGTH,
  tooShort: 'Please write the hard word',
  tooLong: `A hard word can be at most ${HARD_WORD_MAX_LENGTH} characters`,
}).refine((word) => /[\p{L}\p{N}]/u.test(word), 'A hard word needs at least one letter');

export const HardWordExplanation = shownText({
  min: 1,
  max: HARD_WORD_EXPLANATION_MAX_LENGTH,
  tooShort: 'Please say what the word means, in easy words',
  tooLong: `An explanation can be at most ${HARD_WORD_EXPLANATION_MAX_LENGTH} characters`,
});

export const AddHardWordBody = z
  .object({ word: HardWordText, explanation: HardWordExplanation })
  .strict();
export type AddHardWordBody = z.infer<typeof AddHardWordBody>;

export const ChangeHardWordBody = z
  .object({ word: HardWordText.optional(), explanation: HardWordExplanation.optional() })
  .strict()
  .refine(
    (change) => change.word !== undefined || change.explanation !== undefined,
    'Please change the word or its explanation',
  );
export type ChangeHardWordBody = z.infer<typeof ChangeHardWordBody>;

export const HardWordView = z.object({
  id: Id,
  workspaceId: Id,
  word: z.string(),
  explanation: z.string(),
  /** Who added it (a person id), or null once that person's account was erased. */
  addedBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type HardWordView = z.infer<typeof HardWordView>;

export const HardWordList = z.array(HardWordView);

/**
 * Sent on /collab (message type 103) to everyone with a document of the workspace open when its
 * hard words change; clients fetch the list again over REST.
 */
export const HardWordsNotice = z.object({
  workspaceId: Id,
  /** Who changed them, so their own screen does not announce it to them. */
  actorId: z.string().nullable(),
});
export type HardWordsNotice = z.infer<typeof HardWordsNotice>;
