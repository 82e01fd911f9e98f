// Every identity port in either database, written once: people, memberships, credentials
// (sessions, one-time links, API tokens), invites, the audit log, one person's history, and
// when people last signed in.
import type { IdentityStore } from '../identity-ports.ts';
import { sqlApiTokens } from './api-tokens.ts';
import { sqlAudit } from './audit.ts';
import type { SqlStorage } from './connect.ts';
import { sqlInactivity } from './inactivity.ts';
import { sqlInvites } from './invites.ts';
import { sqlMemberships } from './memberships.ts';
import { sqlOneTimeLinks } from './one-time-links.ts';
import { sqlPeople } from './people.ts';
import { sqlPersonHistory } from './person-history.ts';
import { sqlSessions } from './sessions.ts';

export function sqlIdentity(storage: SqlStorage): IdentityStore {
  return {
    ...sqlPeople(storage),
    ...sqlMemberships(storage),
    ...sqlSessions(storage),
    ...sqlOneTimeLinks(storage),
    ...sqlApiTokens(storage),
    ...sqlInvites(storage),
    ...sqlAudit(storage),
    ...sqlPersonHistory(storage),
    ...sqlInactivity(storage),
  };
}
