// Every store but identity, written once over Kysely for both databases. The SQLite and
// Postgres stores (sqlite/sqlite-store.ts, postgres/postgres-store.ts) add identity, opening
// and closing, and SQLite's online backup.
import { sql } from 'kysely';
import type { Store } from '../ports.ts';
import { sqlComments } from './comments.ts';
import { sqlConsultationQuestions } from './consultation-questions.ts';
import { sqlConsultations } from './consultations.ts';
import type { SqlStorage } from './connect.ts';
import { sqlDocuments } from './documents.ts';
import { sqlHardWords } from './hard-words.ts';
import { sqlEasyReadChecks } from './easy-read-checks.ts';
import { sqlErasure } from './erasure.ts';
import { sqlEvents } from './events.ts';
import { sqlMeetings } from './meetings.ts';
import { sqlJoinRequests } from './join-requests.ts';
import { sqlNotices } from './notices.ts';
import { sqlOutbox } from './outbox.ts';
import { sqlPublicPages } from './public-pages.ts';
import { sqlPictures } from './pictures.ts';
import { sqlProposals } from './proposals.ts';
import { sqlSuggestions } from './suggestions.ts';
import { sqlUpdateLog } from './update-log.ts';
import { sqlVersions } from './versions.ts';
import { sqlWorkspaces } from './workspaces.ts';

export type SqlStores = Omit<Store, 'kind' | 'identity' | 'backup' | 'close'>;

export function sqlStores(storage: SqlStorage): SqlStores {
  return {
    meetings: sqlMeetings(storage),
    versions: sqlVersions(storage),
    proposals: sqlProposals(storage),
    suggestions: sqlSuggestions(storage),
    comments: sqlComments(storage),
    hardWords: sqlHardWords(storage),
    easyReadChecks: sqlEasyReadChecks(storage),
    workspaces: sqlWorkspaces(storage),
    documents: sqlDocuments(storage),
    updates: sqlUpdateLog(storage),
    pictures: sqlPictures(storage),
    notices: sqlNotices(storage),
    publicPages: sqlPublicPages(storage),
    joinRequests: sqlJoinRequests(storage),
    outbox: sqlOutbox(storage),
    erasure: sqlErasure(storage),
    events: sqlEvents(storage),
    consultations: sqlConsultations(storage),
    consultationQuestions: sqlConsultationQuestions(storage),
    async ping() {
      await sql`SELECT 1`.execute(storage.db);
    },
  };
}
