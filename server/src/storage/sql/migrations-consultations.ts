// Schema steps for public consultations on a draft (issue 14). A consultation keeps the words of
// the version it asks about (`blocks`, and the Easy Read pages when there were some) as they
// were when it was published: the public page reads them without decoding a draft, and the
// version may later be deleted without losing what people commented on. A comment's name and
// contact are personal data: erased on request, the contact removed after the retention period.
type Step = (t: { timestamp: string; json: string }) => string;

export const consultationMigrations: readonly Step[] = [
  (t) => `
  CREATE TABLE consultations (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    version_id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    introduction TEXT NOT NULL,
    blocks ${t.json} NOT NULL,
    easy_read ${t.json},
    closes_at ${t.timestamp} NOT NULL,
    closed_at ${t.timestamp},
    created_by TEXT REFERENCES users(id) ON DELETE SET NULL,
    created_at ${t.timestamp} NOT NULL,
    contacts_removed_at ${t.timestamp}
  );
  CREATE INDEX consultations_by_workspace ON consultations(workspace_id, created_at);
  CREATE TABLE consultation_comments (
    id TEXT PRIMARY KEY,
    consultation_id TEXT NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
    paragraph INTEGER NOT NULL,
    body TEXT NOT NULL,
    name TEXT,
    contact TEXT,
    state TEXT NOT NULL CHECK (state IN ('pending', 'approved', 'rejected')),
    reject_reason TEXT,
    moderated_by TEXT REFERENCES users(id) ON DELETE SET NULL,
    moderated_at ${t.timestamp},
    outcome TEXT CHECK (outcome IN ('changed', 'covered', 'not-taken')),
    outcome_reason TEXT,
    outcome_by TEXT REFERENCES users(id) ON DELETE SET NULL,
    erased_at ${t.timestamp},
    created_at ${t.timestamp} NOT NULL
  );
  CREATE INDEX consultation_comments_by_consultation
    ON consultation_comments(consultation_id, created_at);
  `,
  // A question attached to a paragraph (issue 14): agree or disagree, one of a few choices, or a
  // scale, with its `choices` (keys and words); answers are anonymous, with an optional reason.
  (t) => `
  CREATE TABLE consultation_questions (
    id TEXT PRIMARY KEY,
    consultation_id TEXT NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
    paragraph INTEGER NOT NULL,
    prompt TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('agree', 'choice', 'scale')),
    choices ${t.json} NOT NULL,
    created_at ${t.timestamp} NOT NULL
  );
  CREATE INDEX consultation_questions_by_consultation
    ON consultation_questions(consultation_id, created_at);
  CREATE TABLE consultation_answers (
    id TEXT PRIMARY KEY,
    question_id TEXT NOT NULL REFERENCES consultation_questions(id) ON DELETE CASCADE,
    answer TEXT NOT NULL,
    reason TEXT,
    created_at ${t.timestamp} NOT NULL
  );
  CREATE INDEX consultation_answers_by_question ON consultation_answers(question_id);
  `,
];
