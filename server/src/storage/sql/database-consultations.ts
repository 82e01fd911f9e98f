// The consultation tables as Kysely sees them (see migrations-consultations.ts); `Database`
// includes them. Timestamps are ISO strings and JSON columns JSON text, as in database.ts.
type Timestamp = string;
type JsonText = string;

export interface ConsultationsTable {
  id: string;
  workspace_id: string;
  document_id: string;
  version_id: string;
  title: string;
  introduction: string;
  blocks: JsonText;
  easy_read: JsonText | null;
  closes_at: Timestamp;
  closed_at: Timestamp | null;
  created_by: string | null;
  created_at: Timestamp;
  contacts_removed_at: Timestamp | null;
}

export interface ConsultationCommentsTable {
  id: string;
  consultation_id: string;
  paragraph: number;
  body: string;
  name: string | null;
  contact: string | null;
  state: string;
  reject_reason: string | null;
  moderated_by: string | null;
  moderated_at: Timestamp | null;
  outcome: string | null;
  outcome_reason: string | null;
  outcome_by: string | null;
  erased_at: Timestamp | null;
  created_at: Timestamp;
}

export interface ConsultationQuestionsTable {
  id: string;
  consultation_id: string;
  paragraph: number;
  prompt: string;
  kind: string;
  choices: JsonText;
  created_at: Timestamp;
}

export interface ConsultationAnswersTable {
  id: string;
  question_id: string;
  answer: string;
  reason: string | null;
  created_at: Timestamp;
}

export interface ConsultationTables {
  consultations: ConsultationsTable;
  consultation_comments: ConsultationCommentsTable;
  consultation_questions: ConsultationQuestionsTable;
  consultation_answers: ConsultationAnswersTable;
}
