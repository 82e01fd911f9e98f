// Versions of a document: saved by name, automatically at the end of a meeting and after a
// quiet spell; viewed, compared and restored. Restoring writes the old content as a new change
// (and first keeps the draft as it was), so history is never rewritten. Agreed versions are
// frozen. A restore goes through the gate for server-written changes (ServerWrites), so it is
// refused while the draft is locked by an agreement poll or in review.
import { repairedState } from '../documents/content-repair.ts';
import type { ContentRules } from '../documents/content-rules.ts';
import { inPlaceDocumentWork, type DocumentWork } from '../export/document-work.ts';
import { restoreUpdate, sameContent } from '../documents/restore.ts';
import { mergeIntoSnapshot } from '../documents/snapshot.ts';
import type { DocumentStore, UpdateLog } from '../storage/ports.ts';
import type { VersionKind, VersionRecord, VersionStore } from '../storage/version-ports.ts';
import type { ProposalStore } from '../storage/proposal-ports.ts';
import type { AuditLog } from './audit.ts';
import type { AuthContext } from './auth-context.ts';
import { ServiceError } from './errors.ts';
import { newId } from './ids.ts';
import type { ServerWrites } from './server-writes.ts';
import type { WorkspaceScope } from './workspace-scope.ts';

export interface VersionServiceOptions {
  versions: VersionStore;
  /** Proposals to agree a version between meetings: a version being voted on is kept. */
  proposals: ProposalStore;
  documents: DocumentStore;
  updates: UpdateLog;
  /** The stored rows as they are, unverified: their sizes are read without decoding them. */
  storedRows?: UpdateLog;
  writes: ServerWrites;
  scope: WorkspaceScope;
  audit: AuditLog;
  now: () => Date;
  /** The editor's schema rules: a state from before the schema guard is served repaired. */
  rules: ContentRules;
  /** Where the draft is read repaired: in a worker thread when it is large. */
  work?: DocumentWork;
}

export class VersionService {
  constructor(private readonly options: VersionServiceOptions) {}

  async list(auth: AuthContext, documentId: string): Promise<VersionRecord[]> {
    await this.documentFor(auth, documentId, 'document:read');
    return this.options.versions.listVersions(documentId);
  }

  async save(auth: AuthContext, documentId: string, name: string): Promise<VersionRecord> {
    await this.documentFor(auth, documentId, 'document:edit');
    return this.create(documentId, name, 'named', auth.userId, await this.currentState(documentId));
  }

  async get(
    auth: AuthContext,
    versionId: string,
  ): Promise<{ version: VersionRecord; state: Uint8Array }> {
    const version = await this.find(versionId);
    await this.documentFor(auth, version.documentId, 'document:read');
    const state = await this.options.versions.getVersionState(versionId);
    if (!state) throw new ServiceError('not_found', 'There is no such version');
    return { version, state };
  }

  /** A version's content, for showing in the browser: repaired if it predates the schema guard. */
  async content(auth: AuthContext, versionId: string): Promise<Uint8Array> {
    return repairedState((await this.get(auth, versionId)).state, this.options.rules);
  }

  /** The current draft, for comparing a version with it. */
  /**
   * The document's current state. With `tooLarge`, a document whose stored snapshot alone is
   * over `tooLarge.maxBytes` is refused with its error before anything is decoded. The snapshot
   * is the state at the last compaction; later updates only add to it, except that content
   * deleted since then is dropped at the next compaction, so such a document may be refused
   * until then.
   */
  async current(
    auth: AuthContext,
    documentId: string,
    tooLarge?: { maxBytes: number; error: () => Error },
  ): Promise<Uint8Array> {
    await this.documentFor(auth, documentId, 'document:read');
    return this.currentState(documentId, tooLarge);
  }

  /** The current draft, for showing in the browser: repaired if it predates the schema guard. */
  async draft(auth: AuthContext, documentId: string): Promise<Uint8Array> {
    await this.documentFor(auth, documentId, 'document:read');
    // The stored updates (checked to apply) are merged where the repair runs: off the event
    // loop for a large draft.
    const stored = await this.options.updates.loadDocument(documentId);
    if (!stored) throw new ServiceError('not_found', 'There is no document with this id');
    const work = this.options.work ?? inPlaceDocumentWork(this.options.rules);
    return work.repairState({ updates: stored.updates });
  }

  async rename(auth: AuthContext, versionId: string, name: string): Promise<VersionRecord> {
    const version = await this.find(versionId);
    await this.documentFor(auth, version.documentId, 'document:edit');
    if (!(await this.options.versions.renameVersion(versionId, name))) throw this.frozen();
    return { ...version, name };
  }

  async delete(auth: AuthContext, versionId: string): Promise<void> {
    const version = await this.find(versionId);
    await this.documentFor(auth, version.documentId, 'document:bin');
    const proposals = await this.options.proposals.listProposals(version.documentId);
    if (proposals.some((p) => p.versionId === versionId && p.state === 'open')) {
      throw new ServiceError(
        'conflict',
        'The group is being asked to agree this version, so it cannot be deleted until the vote closes or is withdrawn.',
      );
    }
    if (!(await this.options.versions.deleteVersion(versionId))) {
      if (version.agreement !== null) throw this.frozen();
      throw new ServiceError(
        'conflict',
        'This version was published for public comment, so it is kept: the "You said, we did" report compares it with the next version.',
      );
    }
    await this.options.audit.record({
      actorId: auth.userId,
      action: 'version.deleted',
      subject: versionId,
      details: { documentId: version.documentId },
    });
  }

  async restore(auth: AuthContext, versionId: string): Promise<VersionRecord> {
    const { version, state: stored } = await this.get(auth, versionId);
    // Restored as it reads repaired: a version may predate the schema guard.
    const state = repairedState(stored, this.options.rules);
    const document = await this.documentFor(auth, version.documentId, 'document:edit');
    const current = await this.currentState(document.id);
    const kept = await this.options.writes.write({
      document,
      change: 'restore',
      update: restoreUpdate(current, state),
      keepFirst: () =>
        this.create(
          document.id,
          `Before restoring "${version.name}"`,
          'before-restore',
          auth.userId,
          current,
        ),
    });
    await this.options.audit.record({
      actorId: auth.userId,
      workspaceId: document.workspaceId,
      action: 'version.restored',
      subject: versionId,
      details: { documentId: document.id, keptAs: kept.id },
    });
    return kept;
  }

  /**
   * Records that the group of this workspace agreed a version (by a poll or a proposal); it is
   * frozen from now on. A version of another workspace's document is not theirs to agree.
   */
  async markAgreed(
    workspaceId: string,
    versionId: string,
    how: Record<string, unknown>,
  ): Promise<boolean> {
    const { version, document } = await this.options.scope.version(workspaceId, versionId);
    const agreed = await this.options.versions.markAgreed(versionId, {
      agreedAt: this.options.now().toISOString(),
      how,
    });
    if (agreed) {
      await this.options.audit.record({
        actorId: null,
        workspaceId: document.workspaceId,
        action: 'version.agreed',
        subject: versionId,
        details: { documentId: version.documentId, ...how },
      });
    }
    return agreed;
  }

  /**
   * Saves a version made by Roundtable itself, unless nothing changed since the last one. For a
   * meeting, only documents of its own workspace (a meeting stored before its documents were
   * checked may name another workspace's).
   */
  async autoSave(
    documentId: string,
    kind: VersionKind,
    name: string,
    { inWorkspace }: { inWorkspace?: string } = {},
  ): Promise<VersionRecord | undefined> {
    const document =
      inWorkspace === undefined
        ? await this.options.documents.getDocument(documentId)
        : await this.options.scope.document(inWorkspace, documentId);
    if (!document || document.deletedAt !== null) return undefined;
    const state = await this.currentState(documentId);
    const [latest] = await this.options.versions.listVersions(documentId);
    if (latest) {
      const previous = await this.options.versions.getVersionState(latest.id);
      if (previous && sameContent(previous, state)) return undefined;
    }
    return this.create(documentId, name, kind, null, state);
  }

  private async create(
    documentId: string,
    name: string,
    kind: VersionKind,
    createdBy: string | null,
    state: Uint8Array,
  ): Promise<VersionRecord> {
    const record: VersionRecord = {
      id: newId(),
      documentId,
      name,
      kind,
      createdBy,
      createdAt: this.options.now().toISOString(),
      agreement: null,
    };
    await this.options.versions.createVersion(record, state);
    return record;
  }

  private async currentState(
    documentId: string,
    tooLarge?: { maxBytes: number; error: () => Error },
  ): Promise<Uint8Array> {
    if (tooLarge && this.options.storedRows) {
      const raw = await this.options.storedRows.loadDocument(documentId);
      const snapshot = raw?.refs[0]?.kind === 'snapshot' ? raw.updates[0] : undefined;
      if (snapshot && snapshot.byteLength > tooLarge.maxBytes) throw tooLarge.error();
    }
    const stored = await this.options.updates.loadDocument(documentId);
    if (!stored) throw new ServiceError('not_found', 'There is no document with this id');
    return mergeIntoSnapshot(stored.updates);
  }

  private documentFor(
    auth: AuthContext,
    documentId: string,
    action: 'document:read' | 'document:edit' | 'document:bin',
  ) {
    return this.options.scope.documentFor(auth, documentId, action);
  }

  private async find(versionId: string): Promise<VersionRecord> {
    const version = await this.options.versions.getVersion(versionId);
    if (!version) throw new ServiceError('not_found', 'There is no such version');
    return version;
  }

  private frozen(): ServiceError {
    return new ServiceError(
      'conflict',
      'This version was agreed by the group, so it cannot be changed or deleted.',
    );
  }
}
