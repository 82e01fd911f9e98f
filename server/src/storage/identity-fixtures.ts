// Shared fixtures for the identity contract: people, workspaces, sessions, invites, links and
// tokens with sensible defaults, made in whichever store is under test.
import type {
  ApiTokenRecord,
  InviteRecord,
  OneTimeLinkRecord,
  SessionRecord,
  UserRecord,
} from './identity-ports.ts';
import type { Store } from './ports.ts';

export const at = (minute: number): string =>
  new Date(Date.UTC(2026, 10, 1, 9, minute)).toISOString();

export const noPreferences = {
  largerText: false,
  easyRead: false,
  readAloud: false,
  supporter: false,
  notes: '',
};

export function identityFixtures(getStore: () => Store) {
  let counter = 0;
  const uniqueId = (prefix: string): string => `${prefix}-${counter++}`;

  async function newUser(fields: Partial<UserRecord> = {}): Promise<UserRecord> {
    return getStore().identity.createUser({
      id: uniqueId('user'),
      name: 'Amara Okafor',
      email: null,
      colour: '#1a6b3c',
      pronouns: null,
      takePart: null,
      showTakePart: false,
      nameInRecord: false,
      information: noPreferences,
      isAdmin: false,
      passwordHash: null,
      createdAt: at(0),
      ...fields,
    });
  }

  async function newWorkspace(name = 'Carers Forum'): Promise<string> {
    const id = uniqueId('ws');
    await getStore().workspaces.createWorkspace({ id, name, createdAt: at(0) });
    return id;
  }

  const session = (userId: string, idHash: string): SessionRecord => ({
    idHash,
    userId,
    createdAt: at(0),
    expiresAt: at(30),
    remember: false,
  });

  const invite = (workspaceId: string, fields: Partial<InviteRecord> = {}): InviteRecord => ({
    id: uniqueId('invite'),
    tokenHash: uniqueId('invite-hash'),
    workspaceId,
    role: 'member',
    createdBy: 'user-facilitator',
    createdAt: at(0),
    expiresAt: at(60),
    revokedAt: null,
    singleUse: false,
    ...fields,
  });

  const link = (fields: Partial<OneTimeLinkRecord> = {}): OneTimeLinkRecord => ({
    tokenHash: uniqueId('link-hash'),
    purpose: 'sign-in',
    userId: null,
    createdBy: null,
    createdAt: at(0),
    expiresAt: at(30),
    usedAt: null,
    ...fields,
  });

  const token = (userId: string, fields: Partial<ApiTokenRecord> = {}): ApiTokenRecord => ({
    id: uniqueId('token'),
    userId,
    name: 'Reporting script',
    tokenHash: uniqueId('token-hash'),
    createdAt: at(0),
    lastUsedAt: null,
    revokedAt: null,
    ...fields,
  });

  return { uniqueId, newUser, newWorkspace, session, invite, link, token };
}
