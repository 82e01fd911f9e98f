// Gathers what the stores hold about one person, for a copy of their data: everything, or one
// workspace's part. Only reading, on the main thread, and nothing heavy: the document content is
// read later in an export thread, from the list of documents this hands back (the ones where
// the person has written). What each table holds is in storage/personal-data-map.ts.
import type { IdentityStore, UserRecord } from '../storage/identity-ports.ts';
import type { DocumentRecord, Store, WorkspaceRecord } from '../storage/ports.ts';
import type {
  DataAuditEntry,
  DataHardWord,
  DataInviteMade,
  DataMeeting,
  DataWorkspace,
  PersonalData,
} from '../export/personal-data/types.ts';
import {
  gatherDocument,
  emptyDocumentParts,
  type DocumentParts,
} from './personal-data-documents.ts';
import { bookingsOf } from './personal-data-bookings.ts';
import { meetingAbout } from './personal-data-meetings.ts';
import { joinRequestData } from './personal-data-join-requests.ts';

export type DataScope = { kind: 'everything' } | { kind: 'workspace'; workspaceId: string };

export interface GatherRequest {
  person: UserRecord;
  scope: DataScope;
  madeBy: PersonalData['about']['madeBy'];
  now: Date;
  /** Whether the copy may show the access needs given in this workspace's meetings. */
  seesAccessNeedsIn: (workspaceId: string) => boolean;
}

/** A document the person wrote in: its content is read for their share and suggestions. */
export interface DocumentToRead {
  document: DocumentRecord;
  workspaceName: string;
  clientIds: number[];
}

export type GatheredData = Omit<PersonalData, 'writing'> & { documentsToRead: DocumentToRead[] };

/** The stores a copy of a person's data is read from. */
export type PersonalDataStores = Pick<
  Store,
  | 'identity'
  | 'workspaces'
  | 'documents'
  | 'meetings'
  | 'comments'
  | 'suggestions'
  | 'proposals'
  | 'versions'
  | 'updates'
  | 'hardWords'
  | 'easyReadChecks'
  | 'events'
  | 'joinRequests'
>;

export async function gatherPersonalData(
  stores: PersonalDataStores,
  request: GatherRequest,
): Promise<GatheredData> {
  const { person, scope } = request;
  const workspaces = await workspacesIn(stores, scope);
  const names = new Map(workspaces.map((w) => [w.id, w.name]));
  const inScope = (workspaceId: string | null) =>
    scope.kind === 'everything' || workspaceId === scope.workspaceId;
  const ownCopy = request.madeBy === 'you';

  const meetings: DataMeeting[] = [];
  const invitesMade: DataInviteMade[] = [];
  const hardWords: DataHardWord[] = [];
  const parts: DocumentParts = emptyDocumentParts();
  const documentsToRead: DocumentToRead[] = [];
  for (const workspace of workspaces) {
    for (const invite of await stores.identity.listInvites(workspace.id)) {
      if (invite.createdBy !== person.id) continue;
      invitesMade.push({
        inviteId: invite.id,
        workspaceName: workspace.name,
        role: invite.role,
        createdAt: invite.createdAt,
        expiresAt: invite.expiresAt,
        withdrawnAt: invite.revokedAt,
      });
    }
    for (const word of await stores.hardWords.listHardWords(workspace.id)) {
      if (word.addedBy !== person.id) continue;
      const { explanation, createdAt: addedAt } = word;
      hardWords.push({ word: word.word, explanation, workspaceName: workspace.name, addedAt });
    }
    for (const state of await stores.meetings.listMeetings(workspace.id)) {
      const reader = {
        personId: person.id,
        name: person.name,
        ownCopy,
        seesAccessNeeds: request.seesAccessNeedsIn(workspace.id),
        workspaceName: workspace.name,
      };
      const meeting = meetingAbout(state, reader);
      if (meeting) meetings.push(meeting);
    }
    const documents = [
      ...(await stores.documents.listDocuments({ workspaceId: workspace.id, inBin: false })),
      ...(await stores.documents.listDocuments({ workspaceId: workspace.id, inBin: true })),
    ];
    for (const document of documents) {
      const clientIds = await gatherDocument(stores, document, person.id, parts);
      if (clientIds.length > 0) {
        documentsToRead.push({ document, workspaceName: workspace.name, clientIds });
      }
    }
  }

  const audit: DataAuditEntry[] = (await stores.identity.auditAbout(person.id))
    .filter((entry) => inScope(entry.workspaceId))
    .map((entry) => ({
      at: entry.at,
      action: entry.action,
      workspaceId: entry.workspaceId,
      aboutYou: entry.subject === person.id,
      byYou: entry.actorId === person.id,
      details: entry.details,
    }));

  return {
    about: {
      madeAt: request.now.toISOString(),
      scope:
        scope.kind === 'everything'
          ? { kind: 'everything' }
          : {
              kind: 'workspace',
              workspaceId: scope.workspaceId,
              workspaceName: names.get(scope.workspaceId) ?? '',
            },
      madeBy: request.madeBy,
    },
    profile: {
      id: person.id,
      name: person.name,
      email: person.email,
      colour: person.colour,
      pronouns: person.pronouns,
      takePart: person.takePart,
      showTakePart: person.showTakePart,
      nameInRecord: person.nameInRecord,
      isAdmin: person.isAdmin,
      hasPassword: person.passwordHash !== null,
      createdAt: person.createdAt,
    },
    communication: { ...person.information },
    workspaces: await workspacesOf(stores.identity, person.id, names),
    invitesMade,
    signIns: scope.kind === 'everything' ? await signInsOf(stores.identity, person.id) : null,
    meetings,
    ...parts,
    hardWords,
    bookings: await bookingsOf(stores, person.id, names, (workspaceId) =>
      // The person's own copy shows what they gave; another's only where its maker may see it.
      ownCopy ? true : request.seesAccessNeedsIn(workspaceId),
    ),
    joinRequests: (await stores.joinRequests.listJoinRequestsOf(person.id))
      .filter((sent) => names.has(sent.workspaceId))
      .map((sent) =>
        joinRequestData(
          sent,
          names.get(sent.workspaceId) ?? '',
          ownCopy || request.seesAccessNeedsIn(sent.workspaceId),
        ),
      ),
    audit,
    documentsToRead,
  };
}

async function workspacesIn(
  stores: PersonalDataStores,
  scope: DataScope,
): Promise<WorkspaceRecord[]> {
  if (scope.kind === 'everything') return stores.workspaces.listWorkspaces();
  const workspace = await stores.workspaces.getWorkspace(scope.workspaceId);
  return workspace ? [workspace] : [];
}

/** The workspaces they are in or have left, among those in scope (`names`). */
async function workspacesOf(
  identity: IdentityStore,
  personId: string,
  names: ReadonlyMap<string, string>,
): Promise<DataWorkspace[]> {
  const byId = new Map<string, DataWorkspace>();
  const entry = (workspaceId: string): DataWorkspace => {
    const found = byId.get(workspaceId) ?? {
      workspaceId,
      workspaceName: names.get(workspaceId) ?? '',
      role: null,
      joinedAt: null,
      leftAt: null,
      joinedWith: null,
    };
    byId.set(workspaceId, found);
    return found;
  };
  for (const membership of await identity.listMemberships(personId)) {
    if (!names.has(membership.workspaceId)) continue;
    const workspace = entry(membership.workspaceId);
    workspace.role = membership.role;
    workspace.joinedAt = membership.joinedAt;
    const invite = membership.inviteId ? await identity.getInvite(membership.inviteId) : undefined;
    if (invite) {
      workspace.joinedWith = { inviteId: invite.id, role: invite.role, madeAt: invite.createdAt };
    }
  }
  for (const removal of await identity.removalsOf(personId)) {
    if (names.has(removal.workspaceId)) entry(removal.workspaceId).leftAt = removal.removedAt;
  }
  return [...byId.values()];
}

async function signInsOf(identity: IdentityStore, personId: string) {
  return {
    lastSignedInAt: await identity.lastSignInOf(personId),
    sessions: await identity.sessionsOf(personId),
    links: (await identity.linksAbout(personId)).map((link) => ({
      purpose: link.purpose,
      forYou: link.userId === personId,
      createdAt: link.createdAt,
      expiresAt: link.expiresAt,
      usedAt: link.usedAt,
    })),
    apiTokens: (await identity.listApiTokens(personId)).map((token) => ({
      name: token.name,
      createdAt: token.createdAt,
      lastUsedAt: token.lastUsedAt,
      revokedAt: token.revokedAt,
    })),
  };
}
