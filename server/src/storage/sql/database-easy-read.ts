// The Easy Read tables as Kysely sees them (see migrations-easy-read.ts); `Database` includes them.
// Timestamps are ISO strings and JSON columns JSON text, as in database.ts (not imported from
// there, which imports this).

export interface EasyReadRoundsTable {
  id: string;
  document_id: string;
  started_by: string;
  started_at: string;
  /** The pages as they were when the check started (JSON). */
  pages: string;
}

export interface EasyReadAnswersTable {
  round_id: string;
  page: number;
  user_id: string;
  answer: string;
  words: string;
  answered_at: string;
}

export interface EasyReadTables {
  easy_read_rounds: EasyReadRoundsTable;
  easy_read_answers: EasyReadAnswersTable;
}
