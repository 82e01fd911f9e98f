// Erasing a person (a data-protection request) and replaying erasures after a backup is
// restored. Everything that named them names a pseudonym instead, "Former member 3": the
// suggestion marks in every draft (a change written through the live rooms: stored, then
// relayed) and in every stored version (re-encoded), then, in one transaction, every row (see
// storage/sql/erasure.ts). Stored document logs are compacted and the database's free space
// wiped, so their id, name and email are gone from the bytes. The erasure log keeps a hash of
// their id only; it is also appended to a file kept apart from backups, for replays, before
// anything is erased: an erasure that could not be logged is not done.
import { createHash } from 'node:crypto';
import type { Schema } from '@tiptap/pm/model';
import { InformationPreferences } from '@roundtable/shared/protocol/people';
import { formerMemberId, formerMemberName } from '@roundtable/shared/domain/former-members';
import type { ErasureRecord } from '../storage/erasure-ports.ts';
import type { BookingRecord } from '../storage/event-ports.ts';
import type { UserRecord } from '../storage/identity-ports.ts';
import type { Store, UpdateLog } from '../storage/ports.ts';
import { mergeIntoSnapshot } from '../documents/snapshot.ts';
import {
  reattributedVersion,
  reattributionUpdate,
  type Reattribution,
} from '../documents/suggestion-reattribution.ts';
import type { AccessEvents } from './access-events.ts';
import type { AuditLog } from './audit.ts';
import { authorize, type AuthContext } from './auth-context.ts';
import { jsonRewriter } from './erasure-json.ts';
import { ServiceError } from './errors.ts';
import type { LiveDocuments } from './live-documents.ts';
import type { WorkspaceService } from './workspaces.ts';

/** The hashed reference the erasure log keeps instead of a person's id. */
export const erasureReference = (personId: string): string =>
  createHash('sha256').update(`roundtable-erasure:${personId}`).digest('hex');

export interface ErasureServiceOptions {
  store: Pick<Store, 'erasure' | 'identity' | 'documents' | 'versions'>;
  /** The update log as the rooms read it (updates that fail to apply are quarantined). */
  updates: UpdateLog;
  live: Pick<LiveDocuments, 'applyServerUpdate' | 'stored'>;
  settingsOf: WorkspaceService['settingsOf'];
  schema: Schema;
  audit: AuditLog;
  events: AccessEvents;
  now: () => Date;
  /**
   * Keeps the record outside the database too (the erasure log file), before anything is erased;
   * when it throws, nothing is.
   */
  logErasure?: (record: ErasureRecord) => Promise<void>;
  /** Their coming bookings were cancelled and these moved up from waiting lists. */
  onBookingsMovedUp?: (movedUp: BookingRecord[]) => void;
}

export interface EraseChoice {
  removePendingSuggestions: boolean;
}

export type ReplayOutcome = 'erased' | 'erased-before' | 'not-in-this-data';

const includes = (bytes: Uint8Array, needles: Buffer[]): boolean =>
  needles.some((needle) =>
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle),
  );

/** How often a draft is gone through for a person's id (see eraseFromDocuments). */
const ERASURE_PASSES = 3;

export class ErasureService {
  constructor(private readonly options: ErasureServiceOptions) {}

  /** An administrator erases someone else, from the members page. */
  async eraseAs(auth: AuthContext, personId: string, choice: EraseChoice): Promise<ErasureRecord> {
    authorize(auth, 'installation:administer');
    if (auth.userId === personId) {
      throw new ServiceError(
        'forbidden',
        'You cannot erase yourself here. Ask another administrator, or use the admin command line.',
      );
    }
    return this.erase(auth.userId, personId, choice);
  }

  /** Erases a person; returns the pseudonym's record. 404 when there is no such person. */
  async erase(
    actorId: string | null,
    personId: string,
    choice: EraseChoice,
  ): Promise<ErasureRecord> {
    const person = await this.options.store.identity.getUser(personId);
    // A former member is erased already: erased again, they would get a new number.
    if (!person || formerMemberName(personId) !== null) {
      throw new ServiceError('not_found', 'There is no such person');
    }
    const memberships = await this.options.store.identity.listMemberships(personId);
    const commentsDeletedIn: string[] = [];
    for (const { workspaceId } of memberships) {
      const settings = await this.options.settingsOf(workspaceId);
      if (settings.erasedPeoplesComments === 'delete') commentsDeletedIn.push(workspaceId);
    }
    const record: ErasureRecord = {
      number: await this.options.store.erasure.nextNumber(),
      reference: erasureReference(personId),
      pseudonymId: '',
      erasedAt: this.options.now().toISOString(),
      options: { removePendingSuggestions: choice.removePendingSuggestions, commentsDeletedIn },
    };
    record.pseudonymId = formerMemberId(record.number);
    return this.apply(actorId, person, record);
  }

  /** Applies erasures from the log again (after restoring a backup made before them). */
  async replay(records: readonly ErasureRecord[]): Promise<ReplayOutcome[]> {
    const done = await this.options.store.erasure.listErasures();
    const ids = await this.options.store.erasure.listPersonIds();
    const byReference = new Map(ids.map((id) => [erasureReference(id), id]));
    const outcomes: ReplayOutcome[] = [];
    for (const logged of [...records].sort((a, b) => a.number - b.number)) {
      const personId = byReference.get(logged.reference);
      const person = personId ? await this.options.store.identity.getUser(personId) : undefined;
      if (done.some((d) => d.reference === logged.reference)) {
        outcomes.push('erased-before');
        continue;
      }
      if (!person) {
        outcomes.push('not-in-this-data');
        continue;
      }
      // The same pseudonym as the first time, unless a later erasure took its number meanwhile.
      const taken = done.some((d) => d.number === logged.number);
      const number = taken ? await this.options.store.erasure.nextNumber() : logged.number;
      const record = { ...logged, number, pseudonymId: formerMemberId(number) };
      // Logged already: the file keeps its one line per erasure.
      done.push(await this.apply(null, person, record, { logged: true }));
      outcomes.push('erased');
    }
    return outcomes;
  }

  private async apply(
    actorId: string | null,
    person: UserRecord,
    record: ErasureRecord,
    { logged = false } = {},
  ): Promise<ErasureRecord> {
    const { store, events } = this.options;
    // Logged first: a backup restored later lacks this erasure, and only the log brings it back.
    // A line whose erasure then fails is harmless: a replay erases that person, as they asked.
    if (!logged) await this.log(record);
    const memberships = await store.identity.listMemberships(person.id);
    // Signed out everywhere first, so nothing new arrives in their name meanwhile.
    await store.identity.deleteSessionsOf(person.id);
    await events.publish({ kind: 'person-erased', userId: person.id });
    // Their connections here take nothing more; what they sent before is stored before the
    // drafts are read (it would otherwise be stored after, keeping their id).
    await this.options.live.stored();
    const pseudonymName = formerMemberName(record.pseudonymId) ?? 'A former member';
    const needles = [person.id, person.name, ...(person.email ? [person.email] : [])];
    const change: Reattribution = {
      from: person.id,
      to: record.pseudonymId,
      removePending: record.options.removePendingSuggestions,
    };
    await this.eraseFromDocuments(change, needles);
    const rewriteJson = jsonRewriter({
      id: person.id,
      name: person.name,
      email: person.email,
      pseudonymId: record.pseudonymId,
      pseudonymName,
    });
    const pseudonym: UserRecord = {
      id: record.pseudonymId,
      name: pseudonymName,
      email: null,
      colour: '#595959',
      pronouns: null,
      takePart: null,
      showTakePart: false,
      nameInRecord: false,
      information: InformationPreferences.parse({}),
      isAdmin: false,
      passwordHash: null,
      createdAt: record.erasedAt,
    };
    const erased = await store.erasure.replacePerson({
      personId: person.id,
      pseudonym,
      needles,
      rewriteJson,
      record,
    });
    if (!erased) throw new ServiceError('not_found', 'There is no such person');
    if (erased.movedUp.length > 0) this.options.onBookingsMovedUp?.(erased.movedUp);
    await this.options.audit.record({
      actorId,
      action: 'person.erased',
      subject: record.pseudonymId,
      details: { reference: record.reference, ...record.options },
    });
    await store.erasure.reclaimSpace();
    for (const { workspaceId } of memberships)
      await events.publish({ kind: 'membership', workspaceId, userId: person.id });
    return record;
  }

  private async log(record: ErasureRecord): Promise<void> {
    try {
      await this.options.logErasure?.(record);
    } catch (error) {
      throw new ServiceError(
        'unavailable',
        'Nobody was erased: the erasure log could not be written ' +
          `(${error instanceof Error ? error.message : String(error)}). ` +
          'Ask whoever runs the server to look at the erasure log in the data folder.',
      );
    }
  }

  /** Every draft (the bin's too) and every stored version that holds any of the needles. */
  private async eraseFromDocuments(change: Reattribution, needles: string[]): Promise<void> {
    const { store, updates, live, schema } = this.options;
    const found = needles.map((needle) => Buffer.from(needle, 'utf8'));
    const documents = [
      ...(await store.documents.listDocuments({ inBin: false })),
      ...(await store.documents.listDocuments({ inBin: true })),
    ];
    const id = [Buffer.from(change.from, 'utf8')];
    for (const document of documents) {
      // Again while their id is still there: a change of theirs that the server took just
      // before their connection closed may be stored after the first pass read the draft.
      for (let pass = 0, needed = found; pass < ERASURE_PASSES; pass++, needed = id) {
        const stored = await updates.loadDocument(document.id);
        if (!stored?.updates.some((update) => includes(update, needed))) break;
        const update = reattributionUpdate(mergeIntoSnapshot(stored.updates), schema, change);
        if (update) await live.applyServerUpdate(document.id, update);
        // One snapshot, garbage-collected: the older updates that held their marks are gone.
        await updates.compact(document.id, mergeIntoSnapshot, { evenWithoutLog: true });
        if (!update && pass > 0) break;
      }
      for (const version of await store.versions.listVersions(document.id)) {
        const state = await store.versions.getVersionState(version.id);
        if (!state || !includes(state, found)) continue;
        await store.erasure.replaceVersionState(
          version.id,
          reattributedVersion(state, schema, change),
        );
      }
    }
  }
}
