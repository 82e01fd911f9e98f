// REST contract for Easy Read versions: the link between a full draft and its Easy Read version,
// and checks, in which members go through the Easy Read version page by page and say whether
// they understand it.
import { z } from 'zod';
import { Id } from './ids.ts';
import { isShownText, HIDDEN_CHARACTERS_MESSAGE } from './shown-text.ts';

/** One document at the other end of the link. */
export const LinkedDocument = z.object({
  id: Id,
  title: z.string(),
  /** Set while it is in the bin. */
  deletedAt: z.string().nullable(),
});
export type LinkedDocument = z.infer<typeof LinkedDocument>;

/** Both ends, seen from either: a full draft has `easyRead`, an Easy Read version has `draft`. */
export const EasyReadLinks = z.object({
  draft: LinkedDocument.nullable(),
  easyRead: LinkedDocument.nullable(),
});
export type EasyReadLinks = z.infer<typeof EasyReadLinks>;

export const CHECK_ANSWERS = ['understand', 'not-sure', 'do-not-understand'] as const;
export const CheckAnswerKind = z.enum(CHECK_ANSWERS);
export type CheckAnswerKind = z.infer<typeof CheckAnswerKind>;

/** The most a check may have: Easy Read guidance says about 20 pages. */
export const MAX_CHECK_PAGES = 60;
export const CHECK_WORDS_MAX_LENGTH = 300;

export const CheckPageBlock = z.object({
  text: z.string(),
  /** A picture reference (shared/editor/picture.ts), or null. */
  picture: z.string().nullable(),
  pictureAlt: z.string().nullable(),
});

export const CheckPage = z.object({
  /** 1 for the first page. */
  number: z.number().int().min(1),
  title: z.string(),
  blocks: z.array(CheckPageBlock),
});
export type CheckPage = z.infer<typeof CheckPage>;

export const MyCheckAnswer = z.object({
  page: z.number().int().min(1),
  answer: CheckAnswerKind,
  words: z.string(),
});
export type MyCheckAnswer = z.infer<typeof MyCheckAnswer>;

/** A check, as the person doing it sees it: the pages as they were when it started. */
export const CheckRound = z.object({
  id: Id,
  documentId: Id,
  startedAt: z.string(),
  pages: z.array(CheckPage),
  myAnswers: z.array(MyCheckAnswer),
});
export type CheckRound = z.infer<typeof CheckRound>;

export const CurrentCheckRound = z.object({ round: CheckRound.nullable() });
export type CurrentCheckRound = z.infer<typeof CurrentCheckRound>;

export const AnswerCheckBody = z
  .object({
    page: z.number().int().min(1).max(MAX_CHECK_PAGES),
    answer: CheckAnswerKind,
    /** Which words were hard, in the person's own words; may be empty. */
    words: z
      .string()
      .trim()
      .max(CHECK_WORDS_MAX_LENGTH, `Please use at most ${CHECK_WORDS_MAX_LENGTH} characters`)
      .refine(isShownText, HIDDEN_CHARACTERS_MESSAGE)
      .default(''),
  })
  .strict();
export type AnswerCheckBody = z.input<typeof AnswerCheckBody>;

export const PageResult = z.object({
  number: z.number().int().min(1),
  title: z.string(),
  understand: z.number().int().min(0),
  notSure: z.number().int().min(0),
  doNotUnderstand: z.number().int().min(0),
  /** What people named as hard on this page, each with how many people named it. */
  words: z.array(z.object({ text: z.string(), count: z.number().int().min(1) })),
});
export type PageResult = z.infer<typeof PageResult>;

/** What the group said, for the facilitator. Pages are in page order. */
export const CheckResults = z.object({
  roundId: Id,
  startedAt: z.string(),
  /** People who answered at least one page. */
  answered: z.number().int().min(0),
  /** People who answered every page. */
  completed: z.number().int().min(0),
  pages: z.array(PageResult),
  /** The line an export carries, or null while nobody has answered every page. */
  stamp: z.string().nullable(),
});
export type CheckResults = z.infer<typeof CheckResults>;
