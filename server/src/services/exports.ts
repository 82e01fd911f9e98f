// Exporting a document (the current draft or a version) as DOCX, PDF, HTML or Markdown, with
// the editor's own schema, optionally in Easy Read layout and with the co-production record, and
// always with the workspace's hard words. Every export goes to the audit log. The rendering itself
// is handed to `render` (worker threads in the server, see export/export-pool.ts); its limits come
// back as errors a person can act on.
import type { MeetingState } from '@roundtable/shared/domain/meeting/meeting';
import type { HardWord } from '@roundtable/shared/editor/hard-words';
import type { EasyReadTextSize } from '@roundtable/shared/protocol/export';
import { tally } from '@roundtable/shared/domain/meeting/polls';
import type { takePartOptions } from '@roundtable/shared/protocol/people';
import {
  ExportLimitError,
  type ExportJob,
  type ExportLimit,
  type RenderedExport,
} from '../export/export-pool.ts';
import { exportContentType, exportFileExtension, type ExportFormat } from '../export/formats.ts';
import type { AuthorshipWays } from '../export/authorship-shares.ts';
import type { UploadLoader } from '../export/picture-channel.ts';
import type { PageCount, RenderTask } from '../export/render-task.ts';
import type { CoProductionRecord, LoadedPicture } from '../export/types.ts';
import type { MembershipStore } from '../storage/identity-ports.ts';
import type { WorkspaceStore } from '../storage/ports.ts';
import type { MeetingStore } from '../storage/meeting-ports.ts';
import type { AuditLog } from './audit.ts';
import type { AuthorshipService } from './authorship.ts';
import type { AuthContext } from './auth-context.ts';
import { signedIn } from './auth-context.ts';
import { ServiceError } from './errors.ts';
import { exportLimitError } from './export-refusals.ts';
import type { VersionService } from './versions.ts';
import type { WorkspaceScope } from './workspace-scope.ts';
import { withoutNames } from './record-names.ts';

export { ExportBusyError, sharedLimitError } from './export-refusals.ts';

export interface ExportRequest {
  documentId: string;
  format: ExportFormat;
  versionId?: string | undefined;
  easyRead: boolean;
  /** Easy Read text size in points; 16 when not given. */
  textSize?: EasyReadTextSize | undefined;
  record: boolean;
}

export interface ExportFile {
  body: Buffer;
  contentType: string;
  fileName: string;
  /** An Easy Read file's A4 pages, so the person can be told when it runs long. */
  pages: PageCount | null;
}

/**
 * What other parts of Roundtable add to an export, each optional: a line saying who checked an
 * Easy Read version, and the workspace's uploaded pictures.
 */
export interface ExportExtras {
  checkedStamp?: (documentId: string, versionId: string | undefined) => Promise<string | null>;
  uploadedPicture?: (workspaceId: string, pictureId: string) => Promise<LoadedPicture | null>;
}

const wayNames: Record<(typeof takePartOptions)[number] | 'not-said', string> = {
  lived_experience: 'Lived experience',
  family_carer: 'Family carer',
  staff: 'Staff',
  partner: 'Partner organisation',
  'not-said': 'Did not say',
};

export class ExportService {
  constructor(
    private readonly options: {
      /** Resolves the document, and authorizes in its workspace (and its bin). */
      scope: WorkspaceScope;
      workspaces: WorkspaceStore;
      identity: MembershipStore;
      meetings: MeetingStore;
      versions: VersionService;
      authorship: AuthorshipService;
      audit: AuditLog;
      /** The workspace's hard words, shown in bold and listed at the end of every export. */
      hardWordsOf: (workspaceId: string) => Promise<HardWord[]>;
      /** Renders a file from plain data, off the main thread; throws ExportLimitError at a limit. */
      render: (task: RenderTask, job: ExportJob, uploads?: UploadLoader) => Promise<RenderedExport>;
      extras?: ExportExtras;
      /** The limits `render` enforces, named in the messages people see. */
      limits: { maxBytes: number; timeoutMs: number; perPerson: number };
    },
  ) {}

  /** `signal` is aborted when the person's request ends first: the export then stops. */
  async export(
    auth: AuthContext,
    request: ExportRequest,
    signal?: AbortSignal,
  ): Promise<ExportFile> {
    const document = await this.options.scope.documentFor(
      auth,
      request.documentId,
      'document:read',
    );
    const workspace = await this.options.workspaces.getWorkspace(document.workspaceId);
    let state: Uint8Array;
    let agreed: { date: string; workspaceName: string } | null = null;
    let title = document.title;
    if (request.versionId) {
      const { version, state: versionState } = await this.options.versions.get(
        auth,
        request.versionId,
      );
      if (version.documentId !== document.id) {
        throw new ServiceError('not_found', 'This version belongs to another document', 'version');
      }
      state = versionState;
      title = `${document.title}: ${version.name}`;
      if (version.agreement) {
        agreed = {
          date: longDate(version.agreement.agreedAt),
          workspaceName: workspace?.name ?? '',
        };
      }
    } else {
      // Refused from its stored size, before it is decoded on the main thread.
      state = await this.options.versions.current(auth, document.id, {
        maxBytes: this.options.limits.maxBytes,
        error: () => this.limitError('too-large'),
      });
    }
    // Refused before any work, the record's included.
    if (state.byteLength > this.options.limits.maxBytes) throw this.limitError('too-large');
    const withRecord = request.record ? await this.record(document.workspaceId, document.id) : null;
    const extras = this.options.extras ?? {};
    const uploadedPicture = extras.uploadedPicture;
    const rendered = await this.options
      .render(
        {
          format: request.format,
          state,
          options: {
            title,
            easyRead: request.easyRead,
            textSize: request.textSize,
            agreed,
            record: withRecord?.record ?? null,
            hardWords: await this.options.hardWordsOf(document.workspaceId),
            checkedStamp: (await extras.checkedStamp?.(document.id, request.versionId)) ?? null,
          },
          authorship: withRecord?.authorship,
        },
        { owner: signedIn(auth), signal },
        // Bound to this document's workspace: no other workspace's pictures can be asked for.
        uploadedPicture
          ? (pictureId) => uploadedPicture(document.workspaceId, pictureId)
          : undefined,
      )
      .catch((error: unknown) => {
        throw error instanceof ExportLimitError ? this.limitError(error.limit) : error;
      });
    await this.options.audit.record({
      actorId: auth.userId,
      workspaceId: document.workspaceId,
      action: 'document.exported',
      subject: document.id,
      details: {
        format: request.format,
        versionId: request.versionId ?? null,
        easyRead: request.easyRead,
        record: request.record,
      },
    });
    return {
      body: rendered.body,
      pages: rendered.pages,
      contentType: exportContentType(request.format),
      fileName: `${safeFileName(title)}.${exportFileExtension(request.format)}`,
    };
  }

  private limitError(limit: ExportLimit): ServiceError {
    return exportLimitError(limit, this.options.limits);
  }

  /**
   * Who took part and how: names only of people who said their name may appear in the record
   * (asked on joining, changed in My profile); the others are counted, never named.
   */
  private async record(
    workspaceId: string,
    documentId: string,
  ): Promise<{ record: CoProductionRecord; authorship: AuthorshipWays }> {
    const members = await this.options.identity.listMembers(workspaceId);
    const countsByWay: Record<string, number> = {};
    for (const { user } of members) {
      const way = wayNames[user.takePart ?? 'not-said'];
      countsByWay[way] = (countsByWay[way] ?? 0) + 1;
    }
    const people = await this.options.authorship.peopleByClient(documentId);
    const authorship: AuthorshipWays = {
      wayOfClient: [...people].map(([clientId, person]) => [
        clientId,
        wayNames[person.takePart ?? 'not-said'],
      ]),
      notRecorded: NOT_RECORDED,
    };
    const meetings = (await this.options.meetings.listMeetings(workspaceId)).filter(
      (m: MeetingState) => m.documentIds.includes(documentId) && m.status.phase !== 'scheduled',
    );
    const unnamed = members.filter((m) => !m.user.nameInRecord).map((m) => m.user.name);
    const shown = (text: string) => withoutNames(text, unnamed);
    const record: CoProductionRecord = {
      participants: {
        named: members.filter((m) => m.user.nameInRecord).map((m) => m.user.name),
        notNamed: members.filter((m) => !m.user.nameInRecord).length,
        countsByWay,
      },
      meetings: meetings.map((m) => ({
        title: m.title,
        date: longDate(m.startsAt),
        attended: Object.keys(m.attendance).length,
      })),
      decisions: meetings.flatMap((m) =>
        m.decisions.map((d) => ({
          text: shown(d.text),
          date: longDate(new Date(d.recordedAt).toISOString()),
        })),
      ),
      actions: meetings.flatMap((m) =>
        m.actions.map((a) => ({
          what: shown(a.what),
          who: shown(a.who),
          due: a.due,
          status: a.status === 'done' ? 'Done' : 'Open',
        })),
      ),
      polls: meetings.flatMap((m) =>
        m.polls
          .filter((p) => p.state === 'closed')
          .map((p) => ({
            question: p.question,
            results: tally(p).map(({ label, count }) => ({ label, count })),
          })),
      ),
      // Counted by the export thread from the state (see export/authorship-shares.ts).
      authorship: [],
    };
    return { record, authorship };
  }
}

/** Text whose writer is not recorded: the starting text, or text put back by a restore. */
const NOT_RECORDED = 'Not recorded (starting text or restored text)';

function longDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

function safeFileName(title: string): string {
  return (
    title
      // Letters of every language stay (Zoë); the download header adds an ASCII fallback.
      .replace(/[^\p{L}\p{N} ._-]+/gu, '')
      .trim()
      .replace(/\s+/g, ' ')
      .slice(0, 100) || 'document'
  );
}
