// The recruiting tables as Kysely sees them (see migrations-recruiting.ts); `Database` includes
// them.
import type { Generated } from 'kysely';

export interface PublicPagesTable {
  workspace_id: string;
  slug: string;
  published_at: string | null;
  content: string;
  updated_at: string;
}

export interface JoinRequestsTable {
  id: string;
  workspace_id: string;
  name: string;
  contact: string;
  needs: string;
  reason: string;
  state: string;
  received_at: string;
  answered_at: string | null;
  message: string | null;
  invite_id: string | null;
  person_id: string | null;
}

export interface OutboxMailsTable {
  id: string;
  workspace_id: string;
  about: string;
  recipient: string;
  subject: string;
  body: string;
  attachments: string;
  created_at: string;
  attempts: Generated<number>;
  next_attempt_at: string;
  last_error: string | null;
  sent_at: string | null;
}

export interface RecruitingTables {
  public_pages: PublicPagesTable;
  join_requests: JoinRequestsTable;
  outbox_mails: OutboxMailsTable;
}
