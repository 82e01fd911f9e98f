// Document use cases: create (with the first content made here, once), rename, the bin. The
// bin's rule for reading and changing a document in it is shared/domain/policy inBinAllows.
import { BIN_RETENTION_DAYS } from '@roundtable/shared/protocol/documents';
import type { DocumentRecord, DocumentStore, WorkspaceStore } from '../storage/ports.ts';
import type { AuditLog } from './audit.ts';
import { can, type Action } from '@roundtable/shared/domain/policy';
import { authorize, type AuthContext } from './auth-context.ts';
import { ServiceError } from './errors.ts';
import { newId } from './ids.ts';
import type { WorkspaceScope } from './workspace-scope.ts';

export interface DocumentServiceOptions {
  documents: DocumentStore;
  /** Resolves a document named by its id, and authorizes in its workspace (and its bin). */
  scope: WorkspaceScope;
  workspaces: WorkspaceStore;
  now: () => Date;
  audit: AuditLog;
  initialState: () => Uint8Array;
  /** Called when a document leaves use (bin or erasure), to close its live connections. */
  onDocumentClosed: (documentId: string) => void;
  /** A document went into the bin, came back or was erased (what the public sees may change). */
  onBinChanged?: (documentId: string) => void;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Listing the bin is for those who may restore what is in it. */
const listing = (filter: { inBin: boolean }): Action =>
  filter.inBin ? 'document:bin' : 'document:read';

export class DocumentService {
  constructor(private readonly options: DocumentServiceOptions) {}

  async create(
    auth: AuthContext,
    input: { workspaceId: string; title: string },
  ): Promise<DocumentRecord> {
    const workspace = await this.options.workspaces.getWorkspace(input.workspaceId);
    if (!workspace) {
      throw new ServiceError('not_found', 'There is no workspace with this id', 'workspaceId');
    }
    authorize(auth, 'document:create', { workspaceId: input.workspaceId });
    const now = this.options.now().toISOString();
    return this.options.documents.createDocument({
      record: {
        id: newId(),
        workspaceId: input.workspaceId,
        title: input.title,
        createdAt: now,
        updatedAt: now,
      },
      initialState: this.options.initialState(),
    });
  }

  /** Documents in one workspace, or, without a workspace, in every workspace the person reads. */
  async list(
    auth: AuthContext,
    filter: { workspaceId?: string; inBin: boolean },
  ): Promise<DocumentRecord[]> {
    if (filter.workspaceId !== undefined) {
      const workspace = await this.options.workspaces.getWorkspace(filter.workspaceId);
      if (!workspace) {
        throw new ServiceError('not_found', 'There is no workspace with this id', 'workspaceId');
      }
      authorize(auth, listing(filter), { workspaceId: filter.workspaceId });
      return this.options.documents.listDocuments(filter);
    }
    const { actor } = auth;
    if (actor.kind === 'anonymous') throw new ServiceError('unauthorized', 'Please sign in first.');
    const all = await this.options.documents.listDocuments(filter);
    return all.filter((d) => can(actor, listing(filter), { workspaceId: d.workspaceId }));
  }

  /** A document; one in the bin only for those who may restore it. */
  get(auth: AuthContext, id: string): Promise<DocumentRecord> {
    return this.options.scope.documentFor(auth, id, 'document:read');
  }

  private async find(id: string): Promise<DocumentRecord> {
    const document = await this.options.documents.getDocument(id);
    if (!document) throw new ServiceError('not_found', 'There is no document with this id');
    return document;
  }

  async rename(auth: AuthContext, id: string, title: string): Promise<DocumentRecord> {
    await this.options.scope.documentFor(auth, id, 'document:rename');
    return this.update(id, { title });
  }

  async moveToBin(auth: AuthContext, id: string): Promise<DocumentRecord> {
    const document = await this.find(id);
    authorize(auth, 'document:bin', { workspaceId: document.workspaceId });
    if (document.deletedAt !== null) return document;
    const binned = await this.update(id, { deletedAt: this.options.now().toISOString() });
    this.options.onDocumentClosed(id);
    this.options.onBinChanged?.(id);
    await this.options.audit.record({
      actorId: auth.userId,
      workspaceId: document.workspaceId,
      action: 'document.binned',
      subject: id,
    });
    return binned;
  }

  async restore(auth: AuthContext, id: string): Promise<DocumentRecord> {
    const document = await this.find(id);
    authorize(auth, 'document:bin', { workspaceId: document.workspaceId });
    if (document.deletedAt === null) return document;
    const restored = await this.update(id, { deletedAt: null });
    this.options.onBinChanged?.(id);
    await this.options.audit.record({
      actorId: auth.userId,
      workspaceId: document.workspaceId,
      action: 'document.restored',
      subject: id,
    });
    return restored;
  }

  /** Erases documents that have been in the bin for longer than the retention period. */
  async purgeExpired(): Promise<string[]> {
    const cutoff = new Date(this.options.now().getTime() - BIN_RETENTION_DAYS * DAY_MS);
    const erased = await this.options.documents.purgeBin(cutoff.toISOString());
    for (const id of erased) {
      this.options.onDocumentClosed(id);
      await this.options.audit.record({ actorId: null, action: 'document.erased', subject: id });
    }
    return erased;
  }

  private async update(
    id: string,
    change: { title?: string; deletedAt?: string | null },
  ): Promise<DocumentRecord> {
    const updated = await this.options.documents.updateDocument(id, {
      ...change,
      updatedAt: this.options.now().toISOString(),
    });
    if (!updated) throw new ServiceError('not_found', 'There is no document with this id');
    return updated;
  }
}
