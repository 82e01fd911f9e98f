// The words of checking an Easy Read version, in one place: the three answers as people see them.
import type { CheckAnswerKind } from '@roundtable/shared/protocol/easy-read';

export const ANSWER_WORDS: Record<CheckAnswerKind, string> = {
  understand: 'I understand this',
  'not-sure': 'I am not sure',
  'do-not-understand': "I don't understand",
};

export const ANSWER_ORDER: readonly CheckAnswerKind[] = [
  'understand',
  'not-sure',
  'do-not-understand',
];

/** "Page 3 of 8". */
export const pageOf = (number: number, total: number): string => `Page ${number} of ${total}`;
