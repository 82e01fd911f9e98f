// What the Easy Read checks may ask of a store: checks of an Easy Read version with their
// answers. (Which document is whose Easy Read version is kept with the documents, ports.ts.)
import type { Page } from '@roundtable/shared/domain/easy-read/sections';
import type { CheckAnswerKind } from '@roundtable/shared/protocol/easy-read';

export interface CheckRoundRecord {
  id: string;
  /** The Easy Read version being checked. */
  documentId: string;
  startedBy: string;
  startedAt: string;
  /** The pages as they read when the check started: what every answer refers to. */
  pages: Page[];
}

export interface CheckAnswerRecord {
  roundId: string;
  /** 1 for the first page. */
  page: number;
  userId: string;
  answer: CheckAnswerKind;
  words: string;
  answeredAt: string;
}

export interface EasyReadCheckStore {
  createCheckRound(round: CheckRoundRecord): Promise<void>;
  getCheckRound(id: string): Promise<CheckRoundRecord | undefined>;
  /** The document's latest check (the one people answer now). */
  latestCheckRound(documentId: string): Promise<CheckRoundRecord | undefined>;
  /** Records a person's answer to a page, replacing the one they gave before. */
  putCheckAnswer(answer: CheckAnswerRecord): Promise<void>;
  /** Every answer to a check, ordered by page, then by when it was given. */
  listCheckAnswers(roundId: string): Promise<CheckAnswerRecord[]>;
}
