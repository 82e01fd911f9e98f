// The storage port for questions attached to a paragraph of a consultation ("do you agree?") and
// the public's answers to them.
import type { AgreementAnswer } from '@roundtable/shared/protocol/consultation-questions';

export interface ConsultationQuestionRecord {
  id: string;
  consultationId: string;
  /** The index of the paragraph in the consultation's blocks. */
  paragraph: number;
  prompt: string;
  createdAt: string;
}

export interface ConsultationAnswerRecord {
  id: string;
  questionId: string;
  answer: AgreementAnswer;
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
}
