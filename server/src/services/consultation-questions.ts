// Questions on a consultation's paragraphs: agree, disagree or not sure (Loomio-style), one of a
// few choices, or a scale from 1 to 5; each with a reason if the person wants. A facilitator asks one about a paragraph while the consultation
// is open; anyone answers, with the same protections as comments (the hidden field, no links,
// a limit per question). The public sees the counts; the workspace also reads the reasons.
import { holdsLink, isOpen } from '@roundtable/shared/domain/consultations';
import {
  AGREE_CHOICES,
  scaleChoices,
  type AnswerQuestionBody,
  type AskQuestionBody,
  type QuestionChoice,
  type CountedQuestionResults,
  type QuestionResults,
} from '@roundtable/shared/protocol/consultation-questions';
import type {
  ConsultationAnswerRecord,
  ConsultationQuestionRecord,
  ConsultationQuestionStore,
} from '../storage/consultation-question-ports.ts';
import type { AuditLog } from './audit.ts';
import type { AuthContext } from './auth-context.ts';
import type { ConsultationService } from './consultations.ts';
import { ServiceError } from './errors.ts';
import { newId } from './ids.ts';

/** The most answers one question keeps. */
const ANSWERS_PER_QUESTION = 10_000;

export interface ConsultationQuestionServiceOptions {
  store: ConsultationQuestionStore;
  consultations: Pick<ConsultationService, 'forRunning' | 'details' | 'forPublic'>;
  audit: AuditLog;
  now: () => Date;
  onChanged?: (workspaceId: string, consultationId: string) => void;
  limit?: number;
}

function choicesFor(body: AskQuestionBody): QuestionChoice[] {
  switch (body.kind) {
    case 'agree':
      return [...AGREE_CHOICES];
    case 'scale':
      return scaleChoices(body.low, body.high);
    case 'choice':
      return body.options.map((label, index) => ({ key: `c${index + 1}`, label }));
  }
}

function resultsOf(
  question: ConsultationQuestionRecord,
  answers: readonly ConsultationAnswerRecord[],
  withReasons: boolean,
): CountedQuestionResults {
  const labelOf = new Map(question.choices.map((c) => [c.key, c.label]));
  return {
    id: question.id,
    paragraph: question.paragraph,
    prompt: question.prompt,
    kind: question.kind,
    counts: question.choices.map((choice) => ({
      ...choice,
      count: answers.filter((a) => a.answer === choice.key).length,
    })),
    reasons: withReasons
      ? answers.flatMap((a) =>
          a.reason
            ? [{ id: a.id, answer: labelOf.get(a.answer) ?? a.answer, reason: a.reason }]
            : [],
        )
      : null,
  };
}

const closedError = () =>
  new ServiceError(
    'conflict',
    'This consultation has closed, so it does not take answers any more.',
  );

export class ConsultationQuestionService {
  constructor(private readonly options: ConsultationQuestionServiceOptions) {}

  async ask(
    auth: AuthContext,
    consultationId: string,
    body: AskQuestionBody,
  ): Promise<QuestionResults> {
    const record = await this.options.consultations.forRunning(auth, consultationId);
    if (!isOpen(record, this.options.now())) throw closedError();
    if (record.blocks[body.paragraph]?.kind !== 'paragraph') {
      throw new ServiceError('bad_request', 'There is no such paragraph.', 'paragraph');
    }
    const question = {
      id: newId(),
      consultationId: record.id,
      paragraph: body.paragraph,
      prompt: body.prompt,
      kind: body.kind,
      choices: choicesFor(body),
      createdAt: this.options.now().toISOString(),
    };
    await this.options.store.addQuestion(question);
    await this.options.audit.record({
      actorId: auth.userId,
      workspaceId: record.workspaceId,
      action: 'consultation.question-asked',
      subject: question.id,
      details: { consultationId: record.id, paragraph: body.paragraph },
    });
    this.options.onChanged?.(record.workspaceId, record.id);
    return resultsOf(question, [], true);
  }

  /**
   * Removes the reason given with an answer (it may name someone, or should not be kept); the
   * answer still counts. Facilitators, as they erase a commenter's words.
   */
  async eraseReason(
    auth: AuthContext,
    consultationId: string,
    questionId: string,
    answerId: string,
  ): Promise<void> {
    const record = await this.options.consultations.forRunning(auth, consultationId);
    const question = await this.options.store.getQuestion(questionId);
    if (
      !question ||
      question.consultationId !== record.id ||
      !(await this.options.store.eraseAnswerReason(answerId, questionId))
    ) {
      throw new ServiceError('not_found', 'There is no such reason on this consultation.');
    }
    await this.options.audit.record({
      actorId: auth.userId,
      workspaceId: record.workspaceId,
      action: 'consultation.reason-erased',
      subject: answerId,
      details: { consultationId: record.id, questionId },
    });
    this.options.onChanged?.(record.workspaceId, record.id);
  }

  /** An answer from anyone, signed in or not. */
  async answer(
    consultationId: string,
    questionId: string,
    body: AnswerQuestionBody,
  ): Promise<void> {
    const record = await this.options.consultations.forPublic(consultationId);
    const question = await this.options.store.getQuestion(questionId);
    if (!question || question.consultationId !== record.id) {
      throw new ServiceError('not_found', 'There is no such question on this consultation.');
    }
    if (!isOpen(record, this.options.now())) throw closedError();
    if (!question.choices.some((choice) => choice.key === body.answer)) {
      throw new ServiceError('bad_request', 'Please choose one of the answers.', 'answer');
    }
    if (body.website) return;
    if (body.reason && holdsLink(body.reason)) {
      throw new ServiceError(
        'bad_request',
        'Please take out the web address. We cannot take links from people who are not signed in.',
        'reason',
      );
    }
    const stored = await this.options.store.addAnswer(
      {
        id: newId(),
        questionId,
        answer: body.answer,
        reason: body.reason ?? null,
        createdAt: this.options.now().toISOString(),
      },
      this.options.limit ?? ANSWERS_PER_QUESTION,
    );
    if (!stored) {
      throw new ServiceError('conflict', 'This question has as many answers as it can take.');
    }
    this.options.onChanged?.(record.workspaceId, record.id);
  }

  /**
   * The questions for anyone; their numbers once the consultation has closed (so early answers
   * do not sway later ones).
   */
  async publicResults(consultationId: string): Promise<QuestionResults[]> {
    const record = await this.options.consultations.forPublic(consultationId);
    const results = await this.results(consultationId, false);
    if (!isOpen(record, this.options.now())) return results;
    return results.map((question) => ({
      ...question,
      counts: question.counts.map((choice) => ({ ...choice, count: null })),
    }));
  }

  /** The numbers without the reasons, for the report (which may be public once closed). */
  async reportResults(consultationId: string): Promise<CountedQuestionResults[]> {
    return this.results(consultationId, false);
  }

  /** The counts and the reasons, for the workspace. */
  async memberResults(auth: AuthContext, consultationId: string): Promise<QuestionResults[]> {
    await this.options.consultations.details(auth, consultationId);
    return this.results(consultationId, true);
  }

  private async results(
    consultationId: string,
    withReasons: boolean,
  ): Promise<CountedQuestionResults[]> {
    const [questions, answers] = await Promise.all([
      this.options.store.listQuestions(consultationId),
      this.options.store.listAnswers(consultationId),
    ]);
    return questions.map((question) =>
      resultsOf(
        question,
        answers.filter((a) => a.questionId === question.id),
        withReasons,
      ),
    );
  }
}
