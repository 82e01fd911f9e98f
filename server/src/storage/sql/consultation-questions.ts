// Questions on a consultation's paragraphs and their answers, for both databases. An answer is
// added in one transaction that first locks the question's row on Postgres, so the count of
// answers holds when the write lands.
import type { Selectable } from 'kysely';
import type { QuestionKind } from '@roundtable/shared/protocol/consultation-questions';
import type {
  ConsultationQuestionRecord,
  ConsultationQuestionStore,
} from '../consultation-question-ports.ts';
import type { SqlStorage } from './connect.ts';
import type { ConsultationQuestionsTable } from './database-consultations.ts';
import { changed, fromJson, tieBreak, toJson } from './rows.ts';
import { inTransaction } from './transaction.ts';

export function sqlConsultationQuestions({ db, dialect }: SqlStorage): ConsultationQuestionStore {
  const toQuestion = (row: Selectable<ConsultationQuestionsTable>): ConsultationQuestionRecord => ({
    id: row.id,
    consultationId: row.consultation_id,
    paragraph: Number(row.paragraph),
    prompt: row.prompt,
    kind: row.kind as QuestionKind,
    choices: fromJson(row.choices),
    createdAt: row.created_at,
  });
  return {
    async addQuestion(record) {
      await db
        .insertInto('consultation_questions')
        .values({
          id: record.id,
          consultation_id: record.consultationId,
          paragraph: record.paragraph,
          prompt: record.prompt,
          kind: record.kind,
          choices: toJson(record.choices),
          created_at: record.createdAt,
        })
        .execute();
    },
    async getQuestion(id) {
      const row = await db
        .selectFrom('consultation_questions')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toQuestion(row);
    },
    async listQuestions(consultationId) {
      const rows = await db
        .selectFrom('consultation_questions')
        .selectAll()
        .where('consultation_id', '=', consultationId)
        .orderBy('created_at')
        .orderBy(tieBreak(dialect))
        .execute();
      return rows.map(toQuestion);
    },
    async addAnswer(record, limit) {
      return inTransaction(db, async (trx) => {
        await trx
          .selectFrom('consultation_questions')
          .select('id')
          .where('id', '=', record.questionId)
          .$if(dialect === 'postgres', (qb) => qb.forUpdate())
          .executeTakeFirst();
        const { count } = await trx
          .selectFrom('consultation_answers')
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .where('question_id', '=', record.questionId)
          .executeTakeFirstOrThrow();
        if (Number(count) >= limit) return false;
        await trx
          .insertInto('consultation_answers')
          .values({
            id: record.id,
            question_id: record.questionId,
            answer: record.answer,
            reason: record.reason,
            created_at: record.createdAt,
          })
          .execute();
        return true;
      });
    },
    async listAnswers(consultationId) {
      const rows = await db
        .selectFrom('consultation_answers as a')
        .innerJoin('consultation_questions as q', 'q.id', 'a.question_id')
        .select(['a.id', 'a.question_id', 'a.answer', 'a.reason', 'a.created_at'])
        .where('q.consultation_id', '=', consultationId)
        .orderBy('a.created_at')
        .orderBy('a.id')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        questionId: row.question_id,
        answer: row.answer,
        reason: row.reason,
        createdAt: row.created_at,
      }));
    },
    async eraseAnswerReason(answerId, questionId) {
      const result = await db
        .updateTable('consultation_answers')
        .set({ reason: null })
        .where('id', '=', answerId)
        .where('question_id', '=', questionId)
        .where('reason', 'is not', null)
        .executeTakeFirst();
      return changed(result) === 1;
    },
  };
}
