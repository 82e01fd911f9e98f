// Who the admin CLI acts as, where a service asks: an administrator named "cli" (so the audit
// log says the command line did it), with no workspace roles of its own.
import type { Role } from '@roundtable/shared/domain/policy';
import type { AuthContext } from '../services/auth-context.ts';

export const cliAdministrator: AuthContext = {
  actor: { kind: 'user', userId: 'cli', isAdmin: true, roles: new Map<string, Role>() },
  userId: 'cli',
  sessionHash: null,
  tokenId: null,
};
