// A copy of everything Roundtable holds about a person (a subject access request), as a zip with
// a readable web page and a JSON file. Who may have which copy is the one rule in policy.ts: a
// person all of theirs; a workspace's facilitators a member's (or former member's) part of that
// workspace, never what is in another one; an administrator anyone's. Every copy made by someone
// other than the person goes to the audit log. The stores are read here; the document content
// is read and the zip made in the export threads (`readDocument`, `pack`), within their limits.
import { can } from '@roundtable/shared/domain/policy';
import type { UserRecord } from '../storage/identity-ports.ts';
import type { ExportJob, ExportLimit } from '../export/export-pool.ts';
import { ExportLimitError } from '../export/export-pool.ts';
import type {
  PersonDocumentReading,
  PersonDocumentTask,
  PersonalData,
} from '../export/personal-data/types.ts';
import type { AuditLog } from './audit.ts';
import { authorize, type AuthContext } from './auth-context.ts';
import { ServiceError } from './errors.ts';
import { sharedLimitError } from './exports.ts';
import {
  gatherPersonalData,
  type DataScope,
  type PersonalDataStores,
} from './personal-data-gather.ts';

export interface PersonalDataFile {
  body: Buffer;
  fileName: string;
}

export interface PersonalDataServiceOptions {
  stores: PersonalDataStores;
  audit: AuditLog;
  now: () => Date;
  /** Reads one document for the person, off the main thread; throws ExportLimitError at a limit. */
  readDocument: (task: PersonDocumentTask, job: ExportJob) => Promise<PersonDocumentReading>;
  /** Makes the zip, off the main thread; throws ExportLimitError at a limit. */
  pack: (data: PersonalData, job: ExportJob) => Promise<Buffer>;
  /** Files one person may have being made at once (see ExportPool), named when refused. */
  perPerson: number;
}
const noPerson = () => new ServiceError('not_found', 'There is no such person');

export class PersonalDataService {
  constructor(private readonly options: PersonalDataServiceOptions) {}

  /** Everything about a person: theirs, or an administrator's to make for them. */
  async everything(
    auth: AuthContext,
    personId: string,
    signal?: AbortSignal,
  ): Promise<PersonalDataFile> {
    authorize(auth, 'person:download-data', { personId });
    const person = await this.options.stores.identity.getUser(personId);
    if (!person) throw noPerson();
    return this.make(auth, person, { kind: 'everything' }, signal);
  }

  /** What one workspace holds about someone who is, or was, one of its members. */
  async inWorkspace(
    auth: AuthContext,
    workspaceId: string,
    personId: string,
    signal?: AbortSignal,
  ): Promise<PersonalDataFile> {
    authorize(auth, 'person:download-data', { workspaceId, personId });
    const { identity, workspaces } = this.options.stores;
    if (!(await workspaces.getWorkspace(workspaceId))) {
      throw new ServiceError('not_found', 'There is no workspace with this id');
    }
    const wasMember =
      (await identity.getMembership(workspaceId, personId)) !== undefined ||
      (await identity.removedAt(workspaceId, personId)) !== undefined;
    const person = wasMember ? await identity.getUser(personId) : undefined;
    if (!person) {
      throw new ServiceError('not_found', 'This person is not a member of the workspace');
    }
    return this.make(auth, person, { kind: 'workspace', workspaceId }, signal);
  }

  private async make(
    auth: AuthContext,
    person: UserRecord,
    scope: DataScope,
    signal: AbortSignal | undefined,
  ): Promise<PersonalDataFile> {
    const now = this.options.now();
    const job: ExportJob = { owner: auth.userId ?? person.id, signal };
    const madeBy =
      auth.userId === person.id
        ? 'you'
        : auth.actor.kind === 'user' && auth.actor.isAdmin
          ? 'an administrator'
          : 'a facilitator';
    const { documentsToRead, ...gathered } = await gatherPersonalData(this.options.stores, {
      person,
      scope,
      madeBy,
      now,
      // Access needs (health data) go to the person, to a facilitator of the meeting's
      // workspace, and to the command line's access request (no session or token: whoever
      // runs the server answers a request made by post); not to other administrators.
      seesAccessNeedsIn: (workspaceId) =>
        madeBy === 'you' ||
        (auth.sessionHash === null && auth.tokenId === null) ||
        can(auth.actor, 'meeting:read-access-needs', { workspaceId }),
    });
    const data: PersonalData = { ...gathered, writing: [] };
    try {
      for (const { document, workspaceName, clientIds } of documentsToRead) {
        const stored = await this.options.stores.updates.loadDocument(document.id);
        if (!stored) continue;
        const reading = await this.options.readDocument(
          {
            updates: stored.updates,
            personId: person.id,
            clientIds,
          },
          job,
        );
        data.writing.push({
          documentId: document.id,
          documentTitle: document.title,
          workspaceName,
          charactersByYou: reading.charactersByPerson,
          charactersInAll: reading.charactersInAll,
          share:
            reading.charactersInAll > 0 ? reading.charactersByPerson / reading.charactersInAll : 0,
        });
        for (const pending of reading.pending) {
          data.suggestions.pending.push({
            ...pending,
            documentId: document.id,
            documentTitle: document.title,
          });
        }
      }
      const body = await this.options.pack(data, job);
      if (auth.userId !== person.id) {
        await this.options.audit.record({
          actorId: auth.userId,
          workspaceId: scope.kind === 'workspace' ? scope.workspaceId : null,
          action: 'person.data-downloaded',
          subject: person.id,
          details: { scope: scope.kind },
        });
      }
      return { body, fileName: fileName(person.name, now) };
    } catch (error) {
      throw error instanceof ExportLimitError
        ? limitError(error.limit, this.options.perPerson)
        : error;
    }
  }
}

/** What a person is told when making their copy passes a limit, in plain words. */
function limitError(limit: ExportLimit, perPerson: number): ServiceError {
  switch (limit) {
    case 'too-large':
      return new ServiceError(
        'payload_too_large',
        'There is too much to put in one file. Please ask an administrator: they can make it for you.',
      );
    case 'too-slow':
      return new ServiceError(
        'unavailable',
        'Making the file took too long, so it was stopped. Please try again later.',
      );
    case 'busy':
    case 'your-share':
    case 'abandoned':
      return sharedLimitError(limit, perPerson);
  }
}

function fileName(name: string, now: Date): string {
  const person =
    name
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .toLowerCase() || 'person';
  return `roundtable-data-${person}-${now.toISOString().slice(0, 10)}.zip`;
}
