// Checks of an Easy Read version: the pages as they read when the check started, and each
// person's answer to each page (one per person per page, replaced when they change it).
import type { Selectable } from 'kysely';
import type { Page } from '@roundtable/shared/domain/easy-read/sections';
import { CheckAnswerKind } from '@roundtable/shared/protocol/easy-read';
import type {
  CheckAnswerRecord,
  CheckRoundRecord,
  EasyReadCheckStore,
} from '../easy-read-ports.ts';
import type { SqlStorage } from './connect.ts';
import type { EasyReadAnswersTable, EasyReadRoundsTable } from './database-easy-read.ts';
import { fromJson, toJson } from './rows.ts';

const toRound = (row: Selectable<EasyReadRoundsTable>): CheckRoundRecord => ({
  id: row.id,
  documentId: row.document_id,
  startedBy: row.started_by,
  startedAt: row.started_at,
  pages: fromJson<Page[]>(row.pages),
});

const toAnswer = (row: Selectable<EasyReadAnswersTable>): CheckAnswerRecord => ({
  roundId: row.round_id,
  page: row.page,
  userId: row.user_id,
  // Only the three answers are ever written; anything else reads as unsure.
  answer: CheckAnswerKind.catch('not-sure').parse(row.answer),
  words: row.words,
  answeredAt: row.answered_at,
});

export function sqlEasyReadChecks({ db }: SqlStorage): EasyReadCheckStore {
  return {
    async createCheckRound(round) {
      await db
        .insertInto('easy_read_rounds')
        .values({
          id: round.id,
          document_id: round.documentId,
          started_by: round.startedBy,
          started_at: round.startedAt,
          pages: toJson(round.pages),
        })
        .execute();
    },
    async getCheckRound(id) {
      const row = await db
        .selectFrom('easy_read_rounds')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toRound(row);
    },
    async latestCheckRound(documentId) {
      const row = await db
        .selectFrom('easy_read_rounds')
        .selectAll()
        .where('document_id', '=', documentId)
        .orderBy('started_at', 'desc')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row && toRound(row);
    },
    async putCheckAnswer(answer) {
      const values = {
        answer: answer.answer,
        words: answer.words,
        answered_at: answer.answeredAt,
      };
      await db
        .insertInto('easy_read_answers')
        .values({ round_id: answer.roundId, page: answer.page, user_id: answer.userId, ...values })
        .onConflict((oc) => oc.columns(['round_id', 'page', 'user_id']).doUpdateSet(values))
        .execute();
    },
    async listCheckAnswers(roundId) {
      const rows = await db
        .selectFrom('easy_read_answers')
        .selectAll()
        .where('round_id', '=', roundId)
        .orderBy('page')
        .orderBy('answered_at')
        .orderBy('user_id')
        .execute();
      return rows.map(toAnswer);
    },
  };
}
