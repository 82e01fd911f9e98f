// Easy Read versions (issue 12): a facilitator makes one of a full draft; it is a document of its
// own, in the same workspace, edited live like any other. It starts with one section per section
// of the draft (a heading and an empty paragraph), each heading linked to the draft section it
// explains and counted as checked against it now. The link per section lives in the Yjs
// documents (shared/editor/section-heading.ts); only which document is whose Easy Read version
// is kept here, in the documents table, one per draft.
import { inBinAllows } from '@roundtable/shared/domain/policy';
import type { EasyReadLinks, LinkedDocument } from '@roundtable/shared/protocol/easy-read';
import type { DocumentWork } from '../export/document-work.ts';
import type { DocumentRecord, DocumentStore } from '../storage/ports.ts';
import type { AuditLog } from './audit.ts';
import type { AuthContext } from './auth-context.ts';
import { ServiceError } from './errors.ts';
import { newId } from './ids.ts';
import type { ServerWrites } from './server-writes.ts';
import type { WorkspaceScope } from './workspace-scope.ts';

const TITLE_MAX_LENGTH = 200;
const TITLE_PREFIX = 'Easy Read: ';

export interface EasyReadServiceOptions {
  documents: DocumentStore;
  scope: WorkspaceScope;
  /** The document's current state (VersionService.current: it checks the person may read it). */
  currentState: (auth: AuthContext, documentId: string) => Promise<Uint8Array>;
  writes: ServerWrites;
  audit: AuditLog;
  now: () => Date;
  /** Where the draft is read: in a worker thread when it is large. */
  work: DocumentWork;
}

/**
 * The other end of a link as this person may see it. One in the bin is there only for whoever may
 * restore it (inBinAllows); for everyone else it is as if it did not exist.
 */
function linked(auth: AuthContext, document: DocumentRecord | undefined): LinkedDocument | null {
  if (!document) return null;
  if (
    document.deletedAt !== null &&
    inBinAllows(auth.actor, document.workspaceId, 'read') !== 'allowed'
  ) {
    return null;
  }
  return { id: document.id, title: document.title, deletedAt: document.deletedAt };
}

export class EasyReadService {
  constructor(private readonly options: EasyReadServiceOptions) {}

  async make(auth: AuthContext, draftId: string): Promise<DocumentRecord> {
    const { documents, scope, now } = this.options;
    const draft = await scope.documentFor(auth, draftId, 'easy-read:make');
    if (draft.deletedAt !== null) {
      throw new ServiceError('conflict', 'This document is in the bin. Restore it first.');
    }
    if (draft.easyReadOf !== null) {
      throw new ServiceError('conflict', 'This is already an Easy Read version.');
    }
    const existing = await documents.findEasyReadVersion(draftId);
    if (existing) throw alreadyHasOne(existing);

    const at = now().toISOString();
    const state = await this.options.currentState(auth, draftId);
    const { labels, initialState } = await this.options.work.planEasyRead({
      state,
      title: draft.title,
      at,
    });
    if (labels) {
      // Every section needs an id to be linked to: the headings that had none get theirs.
      await this.options.writes.write({
        document: draft,
        change: 'section-labels',
        update: labels,
        keepFirst: async () => undefined,
      });
    }
    const created = await documents.createEasyReadVersion({
      record: {
        id: newId(),
        workspaceId: draft.workspaceId,
        title: `${TITLE_PREFIX}${draft.title}`.slice(0, TITLE_MAX_LENGTH),
        createdAt: at,
        updatedAt: at,
      },
      draftId,
      initialState,
    });
    if (!created) throw alreadyHasOne(await documents.findEasyReadVersion(draftId));
    await this.options.audit.record({
      actorId: auth.userId,
      workspaceId: draft.workspaceId,
      action: 'document.easy-read-made',
      subject: created.id,
      details: { draftId },
    });
    return created;
  }

  /** The other end of the link, seen from a draft or from its Easy Read version. */
  async links(auth: AuthContext, documentId: string): Promise<EasyReadLinks> {
    const document = await this.options.scope.documentFor(auth, documentId, 'document:read');
    if (document.easyReadOf !== null) {
      return {
        draft: linked(auth, await this.options.documents.getDocument(document.easyReadOf)),
        easyRead: null,
      };
    }
    return {
      draft: null,
      easyRead: linked(auth, await this.options.documents.findEasyReadVersion(documentId)),
    };
  }
}

function alreadyHasOne(existing: DocumentRecord | undefined): ServiceError {
  const where = existing?.deletedAt ? ' It is in the bin: restore it from there.' : '';
  return new ServiceError(
    'conflict',
    `This draft already has an Easy Read version${existing ? `: “${existing.title}”` : ''}.${where}`,
  );
}
