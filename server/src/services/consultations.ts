// Public consultations on a draft (issue 14): a facilitator publishes a saved version for public
// comment until a closing date, with a short introduction, and may close it early; one
// consultation per version. The words are read from the version once, when it is published
// (off the event loop for a large draft), with the Easy Read version's pages when the draft has
// one, so the public page never decodes a draft however many people read it.
import { isOpen } from '@roundtable/shared/domain/consultations';
import type {
  ConsultationDetails,
  ConsultationEasyReadPage,
  ConsultationSummary,
  PublicConsultation,
  PublicConsultationList,
  PublishConsultationBody,
} from '@roundtable/shared/protocol/consultations';
import type { WorkspaceSettings } from '@roundtable/shared/protocol/workspaces';
import { can } from '@roundtable/shared/domain/policy';
import type { DocumentWork } from '../export/document-work.ts';
import type { ConsultationRecord, ConsultationStore } from '../storage/consultation-ports.ts';
import type { PublicPageStore } from '../storage/recruiting-ports.ts';
import type { DocumentStore, UpdateLog, WorkspaceStore } from '../storage/ports.ts';
import type { VersionStore } from '../storage/version-ports.ts';
import type { AuditLog } from './audit.ts';
import { signedIn, type AuthContext } from './auth-context.ts';
import {
  consultationBlocks,
  memberCommentOf,
  publicCommentOf,
  summaryOf,
} from './consultation-views.ts';
import { ServiceError } from './errors.ts';
import { newId } from './ids.ts';
import { refuseUnlessListed } from './public-pages.ts';
import type { WorkspaceScope } from './workspace-scope.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The furthest ahead a closing date may be. */
const LONGEST_DAYS = 366;

export interface ConsultationServiceOptions {
  store: ConsultationStore;
  versions: Pick<VersionStore, 'getVersionState'>;
  documents: Pick<DocumentStore, 'findEasyReadVersion' | 'getDocument' | 'listDocuments'>;
  workspaces: Pick<WorkspaceStore, 'getWorkspace'>;
  publicPages: Pick<PublicPageStore, 'getPublicPage'>;
  updates: Pick<UpdateLog, 'loadDocument'>;
  scope: Pick<WorkspaceScope, 'workspaceFor' | 'version'>;
  settingsOf: (workspaceId: string) => Promise<WorkspaceSettings>;
  work: DocumentWork;
  audit: AuditLog;
  now: () => Date;
  /** A consultation or its comments changed: members' pages read it again. */
  onChanged?: (workspaceId: string, consultationId: string) => void;
}

export const noConsultation = () =>
  new ServiceError('not_found', 'We could not find this consultation. The address may be wrong.');

export class ConsultationService {
  constructor(private readonly options: ConsultationServiceOptions) {}

  async publish(
    auth: AuthContext,
    workspaceId: string,
    body: PublishConsultationBody,
  ): Promise<ConsultationSummary> {
    await this.options.scope.workspaceFor(auth, workspaceId, 'consultation:run');
    const userId = signedIn(auth);
    const { version, document } = await this.options.scope.version(workspaceId, body.versionId);
    const now = this.options.now();
    const closesAt = Date.parse(body.closesAt);
    if (closesAt <= now.getTime()) {
      throw new ServiceError('bad_request', 'The closing date must be in the future.', 'closesAt');
    }
    if (closesAt > now.getTime() + LONGEST_DAYS * DAY_MS) {
      throw new ServiceError(
        'bad_request',
        'The closing date can be at most one year from today.',
        'closesAt',
      );
    }
    const state = await this.options.versions.getVersionState(version.id);
    if (!state) throw new ServiceError('not_found', 'There is no such version');
    const blocks = consultationBlocks(await this.options.work.blocksOf({ state }));
    if (!blocks.some((block) => block.kind === 'paragraph')) {
      throw new ServiceError(
        'bad_request',
        'This version has no paragraphs for people to comment on.',
        'versionId',
      );
    }
    const record: ConsultationRecord = {
      id: newId(),
      workspaceId,
      documentId: document.id,
      versionId: version.id,
      title: document.title,
      introduction: body.introduction,
      blocks,
      easyRead: await this.easyReadPages(document.id, document.title),
      closesAt: new Date(closesAt).toISOString(),
      closedAt: null,
      createdBy: userId,
      createdAt: now.toISOString(),
      contactsRemovedAt: null,
    };
    if (!(await this.options.store.createConsultation(record))) {
      throw new ServiceError(
        'conflict',
        'This version is already out for public comment. Save a new version to ask again.',
        'versionId',
      );
    }
    await this.options.audit.record({
      actorId: userId,
      workspaceId,
      action: 'consultation.published',
      subject: record.id,
      details: { documentId: document.id, versionId: version.id, closesAt: record.closesAt },
    });
    this.options.onChanged?.(workspaceId, record.id);
    return summaryOf(record, now);
  }

  async close(auth: AuthContext, consultationId: string): Promise<ConsultationSummary> {
    const record = await this.forRunning(auth, consultationId);
    const at = this.options.now().toISOString();
    if (!(await this.options.store.closeConsultation(record.id, at))) {
      throw new ServiceError('conflict', 'This consultation has already closed.');
    }
    await this.options.audit.record({
      actorId: auth.userId,
      workspaceId: record.workspaceId,
      action: 'consultation.closed',
      subject: record.id,
    });
    this.options.onChanged?.(record.workspaceId, record.id);
    return summaryOf({ ...record, closedAt: at }, this.options.now());
  }

  /** A workspace's consultations, for its members (not those of drafts in the bin). */
  async list(auth: AuthContext, workspaceId: string): Promise<ConsultationSummary[]> {
    await this.options.scope.workspaceFor(auth, workspaceId, 'workspace:read');
    const now = this.options.now();
    return (await this.outOfBin(workspaceId)).map((c) => summaryOf(c, now));
  }

  /**
   * The open consultations anyone may list: while the workspace's public page is on (else, as
   * for a workspace that does not exist, there are none); its members always.
   */
  async listOpenFor(auth: AuthContext, workspaceId: string): Promise<PublicConsultationList> {
    await refuseUnlessListed(this.options.publicPages, auth, workspaceId, 'workspace:read');
    return this.listOpen(workspaceId);
  }

  /** A workspace's open consultations, for its public page (services/public-pages.ts). */
  async listOpen(workspaceId: string): Promise<PublicConsultationList> {
    const now = this.options.now();
    return (await this.outOfBin(workspaceId))
      .filter((c) => isOpen(c, now))
      .map(({ id, title, introduction, closesAt }) => ({ id, title, introduction, closesAt }));
  }

  /** The consultations of a draft, as (workspace, consultation) ids. */
  async ofDocument(documentId: string): Promise<{ workspaceId: string; id: string }[]> {
    const document = await this.options.documents.getDocument(documentId);
    if (!document) return [];
    return (await this.options.store.listConsultations(document.workspaceId))
      .filter((c) => c.documentId === documentId)
      .map(({ workspaceId, id }) => ({ workspaceId, id }));
  }

  /**
   * A consultation as the public may reach it: not while its draft is in the bin (a draft binned
   * by mistake and restored is public again), answered as one that does not exist.
   */
  async forPublic(consultationId: string): Promise<ConsultationRecord> {
    const record = await this.options.store.getConsultation(consultationId);
    if (!record || !(await this.draftOutOfBin(record))) throw noConsultation();
    return record;
  }

  /** A workspace's consultations but those of drafts in the bin (one read of the bin). */
  private async outOfBin(workspaceId: string): Promise<ConsultationRecord[]> {
    const [all, binned] = await Promise.all([
      this.options.store.listConsultations(workspaceId),
      this.options.documents.listDocuments({ workspaceId, inBin: true }),
    ]);
    const inBin = new Set(binned.map((document) => document.id));
    return all.filter((c) => !inBin.has(c.documentId));
  }

  private async draftOutOfBin(record: ConsultationRecord): Promise<boolean> {
    const document = await this.options.documents.getDocument(record.documentId);
    return document !== undefined && document.deletedAt === null;
  }

  /** The public page: the words, the Easy Read pages and the approved comments. */
  async publicView(consultationId: string): Promise<PublicConsultation> {
    const record = await this.forPublic(consultationId);
    const [workspace, comments, settings] = await Promise.all([
      this.options.workspaces.getWorkspace(record.workspaceId),
      this.options.store.listComments(record.id),
      this.options.settingsOf(record.workspaceId),
    ]);
    return {
      id: record.id,
      workspaceName: workspace?.name ?? '',
      title: record.title,
      introduction: record.introduction,
      closesAt: record.closesAt,
      status: isOpen(record, this.options.now()) ? 'open' : 'closed',
      blocks: record.blocks,
      easyRead: record.easyRead,
      comments: comments.filter((c) => c.state === 'approved').map(publicCommentOf),
      moderated: settings.consultationCommentsModerated,
    };
  }

  /** The consultation as the workspace sees it: the queue and contacts for facilitators. */
  async details(auth: AuthContext, consultationId: string): Promise<ConsultationDetails> {
    const record = await this.options.store.getConsultation(consultationId);
    if (!record) throw noConsultation();
    await this.options.scope.workspaceFor(auth, record.workspaceId, 'workspace:read');
    // Like the draft itself: gone from every page while it is in the bin, back when restored.
    if (!(await this.draftOutOfBin(record))) throw noConsultation();
    const runs = can(auth.actor, 'consultation:run', { workspaceId: record.workspaceId });
    const [comments, settings] = await Promise.all([
      this.options.store.listComments(record.id),
      this.options.settingsOf(record.workspaceId),
    ]);
    return {
      consultation: summaryOf(record, this.options.now()),
      blocks: record.blocks,
      comments: comments
        .filter((c) => runs || c.state === 'approved')
        .map((c) => memberCommentOf(c, runs)),
      mayRun: runs,
      moderated: settings.consultationCommentsModerated,
    };
  }

  /** A consultation the person runs (a facilitator of its workspace). */
  async forRunning(auth: AuthContext, consultationId: string): Promise<ConsultationRecord> {
    const record = await this.options.store.getConsultation(consultationId);
    if (!record) throw noConsultation();
    const { workspaceId } = record;
    if (!(await this.draftOutOfBin(record))) {
      // As for every page of it: not there, but to those who could restore it.
      await this.options.scope.workspaceFor(auth, workspaceId, 'workspace:read');
      if (!can(auth.actor, 'consultation:run', { workspaceId })) throw noConsultation();
      throw new ServiceError(
        'conflict',
        'This draft is in the bin. Restore it first, then change its consultation.',
      );
    }
    await this.options.scope.workspaceFor(auth, workspaceId, 'consultation:run');
    return record;
  }

  private async easyReadPages(
    documentId: string,
    title: string,
  ): Promise<ConsultationEasyReadPage[] | null> {
    const easyRead = await this.options.documents.findEasyReadVersion(documentId);
    if (!easyRead || easyRead.deletedAt !== null) return null;
    const stored = await this.options.updates.loadDocument(easyRead.id);
    if (!stored) return null;
    const state = await this.options.work.repairState({ updates: stored.updates });
    const pages = await this.options.work.pagesOf({ state, title });
    const shown = pages
      .map((page) => ({ title: page.title, texts: page.blocks.map((b) => b.text).filter(Boolean) }))
      .filter((page) => page.texts.length > 0);
    return shown.length > 0 ? shown : null;
  }
}
