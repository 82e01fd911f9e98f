// The storage port for questions attached to a paragraph of a consultation (agree or disagree, a
// choice, a scale) and the public's answers to them.
import type {
  QuestionChoice,
  QuestionKind,
} from '@roundtable/shared/protocol/consultation-questions';

export interface ConsultationQuestionRecord {
  id: string;
  consultationId: string;
  /** The index of the paragraph in the consultation's blocks. */
  paragraph: number;
  prompt: string;
  kind: QuestionKind;
  /** The answers people choose from, in order. */
  choices: QuestionChoice[];
  createdAt: string;
}

export interface ConsultationAnswerRecord {
  id: string;
  questionId: string;
  /** The key of the choice made. */
  answer: string;
  reason: string | null;
  createdAt: string;
}

export interface ConsultationQuestionStore {
  addQuestion(record: ConsultationQuestionRecord): Promise<void>;
  getQuestion(id: string): Promise<ConsultationQuestionRecord | undefined>;
  /** A consultation's questions, oldest first. */
  listQuestions(consultationId: string): Promise<ConsultationQuestionRecord[]>;
  /** Stores an answer unless the question holds `limit` answers already. */
  addAnswer(record: ConsultationAnswerRecord, limit: number): Promise<boolean>;
  /** Every answer to a consultation's questions, oldest first. */
  listAnswers(consultationId: string): Promise<ConsultationAnswerRecord[]>;
  /** Removes the reason given with an answer (the answer still counts); false when none. */
  eraseAnswerReason(answerId: string, questionId: string): Promise<boolean>;
}
