// The words of checking an Easy Read version, in one place: the three answers as people see them.
import { CHECK_ANSWER_WORDS, type CheckAnswerKind } from '@roundtable/shared/protocol/easy-read';

export const ANSWER_WORDS = CHECK_ANSWER_WORDS;

export const ANSWER_ORDER: readonly CheckAnswerKind[] = [
  'understand',
  'not-sure',
  'do-not-understand',
];

/** "Page 3 of 8". */
export const pageOf = (number: number, total: number): string => `Page ${number} of ${total}`;
