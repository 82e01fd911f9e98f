// The tables as Kysely sees them, one interface for both databases. Values have the shapes
// better-sqlite3 returns; the Postgres connection parses its types to match (see connect.ts):
// timestamps are ISO strings, BIGINTs numbers, JSON columns JSON text, booleans 0 or 1.
import type { ColumnType, Generated } from 'kysely';
import type { NoticeTables } from './database-notices.ts';
import type { RecruitingTables } from './database-recruiting.ts';
import type { EasyReadTables } from './database-easy-read.ts';
import type { ErasureTables } from './database-erasure.ts';
import type { EventTables } from './database-events.ts';
import type { ConsultationTables } from './database-consultations.ts';

/** Binary data: read as a Buffer, written from any Uint8Array. */
export type Bytes = ColumnType<Buffer, Uint8Array, Uint8Array>;
/** JSON text; encode with JSON.stringify and decode with JSON.parse on both databases. */
export type JsonText = string;
/** An ISO 8601 timestamp (TEXT in SQLite, TIMESTAMPTZ in Postgres). */
export type Timestamp = string;
/** 0 or 1 (INTEGER in SQLite, BOOLEAN in Postgres). */
export type Flag = number;

export interface WorkspacesTable {
  id: string;
  name: string;
  created_at: Timestamp;
}

export interface DocumentsTable {
  id: string;
  workspace_id: string;
  title: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  deleted_at: Timestamp | null;
  /** On an Easy Read version: the draft it is the Easy Read version of. */
  easy_read_of: Generated<string | null>;
}

export interface DocumentSnapshotsTable {
  document_id: string;
  state: Bytes;
  up_to_seq: number;
  checked: Generated<Flag>;
}

export interface DocumentUpdatesTable {
  seq: Generated<number>;
  document_id: string;
  data: Bytes;
}

export interface UsersTable {
  id: string;
  name: string;
  email: string | null;
  colour: string;
  pronouns: string | null;
  take_part: string | null;
  show_take_part: Generated<Flag>;
  name_in_record: Generated<Flag>;
  information: JsonText;
  is_admin: Generated<Flag>;
  password_hash: string | null;
  created_at: Timestamp;
  /** Set when a session starts (sessions.ts); null if none since it was recorded. */
  last_signed_in_at: Timestamp | null;
}

export interface MembershipsTable {
  workspace_id: string;
  user_id: string;
  role: string;
  joined_at: Timestamp;
  invite_id: string | null;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  remember: Flag;
}

export interface InvitesTable {
  id: string;
  token_hash: string;
  workspace_id: string;
  role: string;
  created_by: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  single_use: Generated<Flag>;
}

export interface OneTimeLinksTable {
  token_hash: string;
  purpose: string;
  user_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: Timestamp;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor_id: string | null;
  workspace_id: string | null;
  action: string;
  subject: string | null;
  details: JsonText;
}

export interface MeetingsTable {
  id: string;
  workspace_id: string;
  starts_at: Timestamp;
  state: JsonText;
  version: number;
}

export interface DocumentVersionsTable {
  id: string;
  document_id: string;
  name: string;
  kind: string;
  created_by: string | null;
  created_at: Timestamp;
  agreement: JsonText | null;
  state: Bytes;
}

export interface WorkspaceSettingsTable {
  workspace_id: string;
  settings: JsonText;
}

export interface DocumentClientAuthorsTable {
  document_id: string;
  client_id: number;
  user_id: string;
}

export interface VersionProposalsTable {
  id: string;
  document_id: string;
  version_id: string;
  proposed_by: string;
  created_at: Timestamp;
  closes_at: Timestamp;
  state: string;
  decided_at: Timestamp | null;
  withdrawn_by: string | null;
  outcome: JsonText | null;
}

export interface VersionProposalResponsesTable {
  proposal_id: string;
  user_id: string;
  kind: string;
  reason: string;
  responded_at: Timestamp;
  position: number;
}

export interface SuggestionDecisionsTable {
  id: string;
  document_id: string;
  suggestion_id: string;
  outcome: string;
  summary: string;
  suggested_by: string | null;
  /** TEXT on both databases: the time as the suggestion recorded it. */
  suggested_at: string | null;
  how: JsonText;
  decided_at: Timestamp;
}

export interface DocumentReviewsTable {
  document_id: string;
  since: Timestamp;
}

export interface CommentThreadsTable {
  id: string;
  document_id: string;
  anchor_start: string;
  anchor_end: string;
  quote: string;
  created_by: string;
  created_at: Timestamp;
  resolved_at: Timestamp | null;
  resolved_by: string | null;
  suggestion_id: string | null;
  resolved_because: string | null;
}

export interface CommentsTable {
  id: string;
  thread_id: string;
  author_id: string;
  body: string;
  created_at: Timestamp;
  edited_at: Timestamp | null;
  deleted_at: Timestamp | null;
}

export interface MembershipRemovalsTable {
  workspace_id: string;
  user_id: string;
  removed_at: Timestamp;
}

export interface DocumentQuarantineTable {
  id: Generated<number>;
  document_id: string;
  source: 'snapshot' | 'log';
  seq: number | null;
  data: Bytes;
  error: string;
  quarantined_at: Timestamp;
}

export interface HardWordsTable {
  id: string;
  workspace_id: string;
  word: string;
  /** The word with case and spacing set aside: one per workspace. */
  word_key: string;
  explanation: string;
  added_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WorkspacePicturesTable {
  id: string;
  workspace_id: string;
  media_type: string;
  width: number;
  height: number;
  byte_size: number;
  name: string;
  data: Bytes;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
}

export interface Database
  extends
    EasyReadTables,
    NoticeTables,
    ErasureTables,
    EventTables,
    RecruitingTables,
    ConsultationTables {
  workspaces: WorkspacesTable;
  documents: DocumentsTable;
  document_snapshots: DocumentSnapshotsTable;
  document_updates: DocumentUpdatesTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  invites: InvitesTable;
  one_time_links: OneTimeLinksTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  meetings: MeetingsTable;
  document_versions: DocumentVersionsTable;
  workspace_settings: WorkspaceSettingsTable;
  document_client_authors: DocumentClientAuthorsTable;
  version_proposals: VersionProposalsTable;
  version_proposal_responses: VersionProposalResponsesTable;
  suggestion_decisions: SuggestionDecisionsTable;
  document_reviews: DocumentReviewsTable;
  comment_threads: CommentThreadsTable;
  comments: CommentsTable;
  membership_removals: MembershipRemovalsTable;
  document_quarantine: DocumentQuarantineTable;
  hard_words: HardWordsTable;
  workspace_pictures: WorkspacePicturesTable;
}
