// The "You said, we did" report of a consultation, for the workspace's members: every approved
// comment by paragraph with what the group decided, and what the paragraph became in the next
// version saved after the published one (paragraphs matched by shared/domain/paragraph-matching).
// The next version is read off the event loop when it is large, like any draft.
import { isOpen } from '@roundtable/shared/domain/consultations';
import type { CountedQuestionResults } from '@roundtable/shared/protocol/consultation-questions';
import { matchParagraphs } from '@roundtable/shared/domain/paragraph-matching';
import type { DocumentWork } from '../export/document-work.ts';
import {
  consultationReportHtml,
  type ConsultationReport,
  type NextText,
  type ReportParagraph,
} from '../export/consultation-report.ts';
import { consultationReportState } from '../export/consultation-report-document.ts';
import { consultationReportEasyReadState } from '../export/consultation-report-easy-read.ts';
import {
  ExportLimitError,
  type ExportJob,
  type ExportLimit,
  type RenderedExport,
} from '../export/export-pool.ts';
import { exportContentType } from '../export/formats.ts';
import type { RenderTask } from '../export/render-task.ts';
import type {
  ConsultationCommentRecord,
  ConsultationRecord,
  ConsultationStore,
} from '../storage/consultation-ports.ts';
import type { WorkspaceStore } from '../storage/ports.ts';
import type { VersionStore } from '../storage/version-ports.ts';
import type { AuthContext } from './auth-context.ts';
import { consultationBlocks } from './consultation-views.ts';
import { noConsultation, type ConsultationService } from './consultations.ts';
import { ServiceError } from './errors.ts';
import { exportBusy } from './export-refusals.ts';
import type { PublicReportFiles } from './public-report-files.ts';

let dayFormat: Intl.DateTimeFormat | undefined;
/** The formatter is made at first use, not at import: making one loads ICU's calendar and
 *  time-zone data, several MB of memory that a server which never makes a report does not need. */
const formatDay = (date: Date): string =>
  (dayFormat ??= new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })).format(date);

export interface ConsultationReportOptions {
  store: Pick<ConsultationStore, 'getConsultation' | 'listComments'>;
  versions: Pick<VersionStore, 'listVersions' | 'getVersion' | 'getVersionState'>;
  workspaces: Pick<WorkspaceStore, 'getWorkspace'>;
  consultations: Pick<ConsultationService, 'details' | 'forPublic'>;
  work: DocumentWork;
  now: () => Date;
  /** The questions on paragraphs with their counts (no reasons: the report may be public). */
  questionResults: (consultationId: string) => Promise<CountedQuestionResults[]>;
  /** Renders a PDF or Word file in an export thread. */
  render: (task: RenderTask, job: ExportJob) => Promise<RenderedExport>;
  /** The public reports made, kept until their consultation changes. */
  publicFiles: PublicReportFiles<ReportFile>;
}

type ReportComment = Pick<
  ConsultationCommentRecord,
  'paragraph' | 'body' | 'name' | 'outcome' | 'outcomeReason'
>;
export type ReportFormat = 'html' | 'pdf' | 'docx';
export interface ReportFile {
  fileName: string;
  contentType: string;
  body: string | Buffer;
}

const titleOf = (record: ConsultationRecord) => `You said, we did - ${record.title}`;

export class ConsultationReportService {
  constructor(private readonly options: ConsultationReportOptions) {}

  /** For the workspace's members, open or closed: a web page, a PDF or a Word file. */
  async report(
    auth: AuthContext,
    consultationId: string,
    format: ReportFormat = 'html',
    easyRead = false,
  ): Promise<ReportFile> {
    const details = await this.options.consultations.details(auth, consultationId);
    const record = await this.options.store.getConsultation(consultationId);
    if (!record) throw noConsultation();
    const approved = details.comments.filter((c) => c.state === 'approved');
    const model = await this.model(record, approved);
    return this.file(record, model, { format, easyRead, owner: auth.userId });
  }

  /**
   * For anyone, once the consultation has closed: it holds only what the public page shows. The
   * files the export threads make count against one share per consultation, not per person.
   */
  async publicReport(
    consultationId: string,
    format: Exclude<ReportFormat, 'docx'> = 'html',
    easyRead = false,
  ): Promise<ReportFile> {
    const record = await this.options.consultations.forPublic(consultationId);
    const comments = await this.options.store.listComments(record.id);
    // Until the group has read every comment, the report would leave some out without saying so.
    if (isOpen(record, this.options.now()) || comments.some((c) => c.state === 'pending')) {
      throw new ServiceError(
        'conflict',
        'The report is ready once the consultation has closed and the group has read the comments.',
      );
    }
    const approved = comments.filter((c) => c.state === 'approved');
    return this.options.publicFiles.get(record.id, `${format} ${easyRead}`, async () =>
      this.file(record, await this.model(record, approved), {
        ...{ format, easyRead, owner: `consultation:${record.id}` },
      }),
    );
  }

  private async file(
    record: ConsultationRecord,
    model: ConsultationReport,
    {
      format,
      easyRead,
      owner,
    }: { format: ReportFormat; easyRead: boolean; owner: ExportJob['owner'] },
  ): Promise<ReportFile> {
    const title = easyRead ? `${titleOf(record)} - Easy Read` : titleOf(record);
    if (format === 'html' && !easyRead) {
      return {
        fileName: `${title}.html`,
        contentType: 'text/html; charset=utf-8',
        body: consultationReportHtml(model),
      };
    }
    const task = {
      format,
      state: easyRead ? consultationReportEasyReadState(model) : consultationReportState(model),
      options: { title, easyRead },
    };
    const rendered = await this.options.render(task, { owner }).catch((error: unknown) => {
      throw error instanceof ExportLimitError ? reportLimitError(error.limit) : error;
    });
    return {
      fileName: `${title}.${format}`,
      contentType: exportContentType(format),
      body: rendered.body,
    };
  }

  private async model(
    record: ConsultationRecord,
    approved: readonly ReportComment[],
  ): Promise<ConsultationReport> {
    const next = await this.nextVersion(record.documentId, record.versionId, record.createdAt);
    const paragraphs = record.blocks.flatMap((block, index) =>
      block.kind === 'paragraph' ? [{ index, text: block.text }] : [],
    );
    const matched = next
      ? matchParagraphs(
          paragraphs.map((p) => p.text),
          next.texts,
        )
      : paragraphs.map(() => null);
    const reportParagraphs: ReportParagraph[] = paragraphs.map((paragraph, at) => {
      const target = matched[at];
      const after = target === null || target === undefined ? undefined : next?.texts[target];
      const nextText: NextText = !next
        ? { kind: 'none' }
        : after === undefined
          ? { kind: 'removed' }
          : after === paragraph.text
            ? { kind: 'same' }
            : { kind: 'changed', text: after };
      return {
        number: at + 1,
        text: paragraph.text,
        next: nextText,
        comments: approved
          .filter((c) => c.paragraph === paragraph.index)
          .map(({ body, name, outcome, outcomeReason }) => ({
            body,
            name,
            outcome,
            outcomeReason,
          })),
      };
    });
    const workspace = await this.options.workspaces.getWorkspace(record.workspaceId);
    return {
      title: record.title,
      workspaceName: workspace?.name ?? '',
      introduction: record.introduction,
      when: isOpen(record, this.options.now())
        ? `It is open until ${formatDay(new Date(record.closesAt))}`
        : `It closed on ${formatDay(new Date(record.closedAt ?? record.closesAt))}`,
      nextVersionName: next?.name ?? null,
      paragraphs: reportParagraphs,
      questions: (await this.options.questionResults(record.id)).map((q) => ({
        title: `Paragraph ${paragraphs.findIndex((p) => p.index === q.paragraph) + 1}: ${q.prompt}`,
        prompt: q.prompt,
        counts: q.counts,
      })),
    };
  }

  /**
   * The first version of the draft someone saved by name after the published one, with its
   * paragraphs. Never one saved by itself (after editing, at a meeting's end, before a restore):
   * those hold work in progress, and the report may be public.
   */
  private async nextVersion(documentId: string, versionId: string, publishedAt: string) {
    const published = await this.options.versions.getVersion(versionId);
    const since = published?.createdAt ?? publishedAt;
    const later = (await this.options.versions.listVersions(documentId))
      .filter((v) => v.id !== versionId && v.kind === 'named' && v.createdAt > since)
      .at(-1);
    if (!later) return null;
    const state = await this.options.versions.getVersionState(later.id);
    if (!state) return null;
    const blocks = consultationBlocks(await this.options.work.blocksOf({ state }));
    return {
      name: later.name,
      texts: blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])),
    };
  }
}

/** What is said when the report's file stops at a limit of the export threads. */
function reportLimitError(limit: ExportLimit): ServiceError {
  if (limit === 'too-large' || limit === 'too-slow') {
    return new ServiceError(
      'unavailable',
      'This report is too long to make as a file. Please read it as a web page.',
    );
  }
  // Busy, or this consultation's share of the threads in use: asked to come back (Retry-After).
  return exportBusy();
}
