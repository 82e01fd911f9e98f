// Which workspace an id belongs to. Every id that arrives from outside is resolved here and
// checked to belong to the workspace being acted on, before any rule runs: an id in a path
// names its own workspace (which is then authorized); an id that travels with another one (a
// meeting's documents, a poll's version, the person called to speak, a suggestion put to the
// group, a version marked agreed) must belong to that one's workspace. An id from another
// workspace is answered exactly like an id that does not exist, so it tells nobody anything.
import type { MeetingCommand, MeetingState } from '@roundtable/shared/domain/meeting/meeting';
import type { ScheduleMeetingBody } from '@roundtable/shared/protocol/meeting';
import {
  IN_BIN_MESSAGE,
  can,
  inBinAllows,
  useOf,
  type Action,
  type DocumentUse,
} from '@roundtable/shared/domain/policy';
import type { MembershipStore, PeopleStore } from '../storage/identity-ports.ts';
import type { DocumentRecord, DocumentStore, WorkspaceStore } from '../storage/ports.ts';
import type { VersionRecord, VersionStore } from '../storage/version-ports.ts';
import { authorize, type AuthContext } from './auth-context.ts';
import { ServiceError } from './errors.ts';

export interface WorkspaceScopeOptions {
  workspaces: Pick<WorkspaceStore, 'getWorkspace'>;
  documents: Pick<DocumentStore, 'getDocument'>;
  versions: Pick<VersionStore, 'getVersion'>;
  identity: Pick<MembershipStore, 'getMembership'> & Pick<PeopleStore, 'getUser'>;
}

/** What the meeting rules need to know about the ids a command names, once resolved. */
export interface ResolvedCommand {
  /** The draft each named version is of. */
  versionDocuments: ReadonlyMap<string, string>;
  /** People waiting with a raised hand who may no longer take part (for `hand:speak`). */
  departed: ReadonlySet<string>;
}

const noDocument = () => new ServiceError('not_found', 'There is no document with this id');
const noVersion = () => new ServiceError('not_found', 'There is no such version');

export class WorkspaceScope {
  constructor(private readonly options: WorkspaceScopeOptions) {}

  /** A workspace named by its own id (a path): it exists, and this person may do this in it. */
  async workspaceFor(auth: AuthContext, workspaceId: string, action: Action): Promise<void> {
    authorize(auth, action, { workspaceId });
    if (!(await this.options.workspaces.getWorkspace(workspaceId))) {
      throw new ServiceError('not_found', 'There is no workspace with this id');
    }
  }

  /**
   * A document named by its own id (a path): it exists, this person may do this to it, and, if
   * it is in the bin, the bin allows this use of it (inBinAllows). Every way in reaches a
   * document through here.
   */
  async documentFor(
    auth: AuthContext,
    documentId: string,
    action: Action,
    use: DocumentUse = useOf(action),
  ): Promise<DocumentRecord> {
    const document = await this.options.documents.getDocument(documentId);
    if (!document) throw noDocument();
    const inBin =
      document.deletedAt === null ? 'allowed' : inBinAllows(auth.actor, document.workspaceId, use);
    // Gone for this person, whatever they asked to do: exactly like no document at all.
    if (inBin === 'not-found') throw noDocument();
    authorize(auth, action, { workspaceId: document.workspaceId });
    if (inBin === 'restore-first') throw new ServiceError('conflict', IN_BIN_MESSAGE);
    return document;
  }

  /** A version named by its own id, with its document, if this person may do this to it. */
  async versionFor(
    auth: AuthContext,
    versionId: string,
    action: Action,
    use: DocumentUse = useOf(action),
  ): Promise<{ version: VersionRecord; document: DocumentRecord }> {
    const version = await this.options.versions.getVersion(versionId);
    if (!version) throw noVersion();
    const document = await this.documentFor(auth, version.documentId, action, use);
    return { version, document };
  }

  /**
   * A document that must be in this workspace, named with another id (by a meeting, or by the
   * server's own follow-ups): one in the bin is not there for them (inBinAllows, no actor).
   */
  async document(workspaceId: string, documentId: string): Promise<DocumentRecord> {
    const document = await this.options.documents.getDocument(documentId);
    if (!document || document.workspaceId !== workspaceId || !usable(document)) throw noDocument();
    return document;
  }

  /** A version whose document must be in this workspace (and not in its bin). */
  async version(
    workspaceId: string,
    versionId: string,
  ): Promise<{ version: VersionRecord; document: DocumentRecord }> {
    const version = await this.options.versions.getVersion(versionId);
    if (!version) throw noVersion();
    const document = await this.options.documents.getDocument(version.documentId);
    if (!document || document.workspaceId !== workspaceId || !usable(document)) throw noVersion();
    return { version, document };
  }

  /** A person who must be a member of this workspace. */
  async member(workspaceId: string, userId: string): Promise<void> {
    if (!(await this.options.identity.getMembership(workspaceId, userId))) {
      throw new ServiceError('not_found', 'This person is not a member of the workspace');
    }
  }

  /**
   * Whether a person may take part in this workspace's meetings now (raise a hand, speak, vote):
   * asked of can() with their current standing, so a removed member, or one who is now an
   * observer, may not.
   */
  async mayTakePart(workspaceId: string, userId: string): Promise<boolean> {
    const [user, membership] = await Promise.all([
      this.options.identity.getUser(userId),
      this.options.identity.getMembership(workspaceId, userId),
    ]);
    if (!user) return false;
    const roles = new Map(membership ? [[workspaceId, membership.role]] : []);
    return can({ kind: 'user', userId, isAdmin: user.isAdmin, roles }, 'meeting:take-part', {
      workspaceId,
    });
  }

  /** The documents a meeting to be scheduled names, in its documents and its agenda. */
  async schedule(workspaceId: string, body: ScheduleMeetingBody): Promise<void> {
    const named = [
      ...body.documentIds,
      ...body.agenda.flatMap((item) => (item.link ? [item.link.documentId] : [])),
    ];
    for (const documentId of new Set(named)) await this.document(workspaceId, documentId);
  }

  /**
   * Every id a meeting command names: things of the meeting itself (agenda items, polls,
   * actions) must be in it; documents, versions and people must be in its workspace.
   */
  async command(state: MeetingState, command: MeetingCommand): Promise<ResolvedCommand> {
    const workspaceId = state.workspaceId;
    const versionDocuments = new Map<string, string>();
    const departed = new Set<string>();
    switch (command.type) {
      case 'meeting:start':
      case 'meeting:end':
      case 'agenda:next':
      case 'agenda:previous':
      case 'timer:start':
      case 'timer:pause':
      case 'timer:add-minute':
      case 'timer:reset':
      case 'hand:raise':
      case 'hand:lower':
      case 'hand:done':
      case 'card:show':
      case 'card:clear':
      case 'action:record':
      case 'rsvp':
        break;
      case 'agenda:add':
        if (command.link) await this.document(workspaceId, command.link.documentId);
        break;
      case 'agenda:edit':
        agendaItem(state, command.itemId);
        if (command.link) await this.document(workspaceId, command.link.documentId);
        break;
      case 'agenda:move':
      case 'agenda:remove':
      case 'agenda:go':
        agendaItem(state, command.itemId);
        break;
      case 'hand:speak':
        if (command.userId !== undefined) await this.speaker(state.workspaceId, command.userId);
        for (const { userId } of state.hands.queue) {
          if (!(await this.mayTakePart(workspaceId, userId))) departed.add(userId);
        }
        break;
      case 'poll:open':
        if (command.versionId) {
          const { version } = await this.version(workspaceId, command.versionId);
          versionDocuments.set(version.id, version.documentId);
        }
        if (command.suggestion) await this.document(workspaceId, command.suggestion.documentId);
        break;
      case 'poll:vote':
      case 'poll:close':
        poll(state, command.pollId);
        break;
      case 'follow:invite':
        await this.document(workspaceId, command.documentId);
        break;
      case 'decision:record':
        if (command.pollId !== null) poll(state, command.pollId);
        if (command.agendaItemId !== null) agendaItem(state, command.agendaItemId);
        break;
      case 'action:update':
        if (!state.actions.some((a) => a.id === command.actionId)) {
          throw new ServiceError('not_found', 'There is no such action');
        }
        break;
      default: {
        const unchecked: never = command;
        throw new ServiceError('bad_request', `Unknown command ${String(unchecked)}`);
      }
    }
    return { versionDocuments, departed };
  }

  /**
   * Someone given the turn: a person who may take part now, whether or not their hand is raised
   * (a hand raised before they were removed counts for nothing). Anyone else is not found, like
   * a person who never was a member, unless they are an observer here.
   */
  private async speaker(workspaceId: string, userId: string): Promise<void> {
    if (await this.mayTakePart(workspaceId, userId)) return;
    await this.member(workspaceId, userId);
    throw new ServiceError('conflict', 'Observers cannot take a turn to speak.');
  }
}

/** Whether a meeting or the server itself may use a document: not while it is in the bin. */
const usable = (document: DocumentRecord): boolean =>
  document.deletedAt === null || inBinAllows(null, document.workspaceId, 'change') === 'allowed';

function agendaItem(state: MeetingState, itemId: string): void {
  if (!state.agenda.some((item) => item.id === itemId)) {
    throw new ServiceError('not_found', 'There is no such agenda item');
  }
}

function poll(state: MeetingState, pollId: string): void {
  if (!state.polls.some((p) => p.id === pollId)) {
    throw new ServiceError('not_found', 'There is no such poll');
  }
}
