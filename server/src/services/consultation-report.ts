// The "You said, we did" report of a consultation, for the workspace's members: every approved
// comment by paragraph with what the group decided, and what the paragraph became in the next
// version saved after the published one (paragraphs matched by shared/domain/paragraph-matching).
// The next version is read off the event loop when it is large, like any draft.
import { isOpen } from '@roundtable/shared/domain/consultations';
import { matchParagraphs } from '@roundtable/shared/domain/paragraph-matching';
import type { DocumentWork } from '../export/document-work.ts';
import {
  consultationReportHtml,
  type NextText,
  type ReportParagraph,
} from '../export/consultation-report.ts';
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

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

export interface ConsultationReportOptions {
  store: Pick<ConsultationStore, 'getConsultation' | 'listComments'>;
  versions: Pick<VersionStore, 'listVersions' | 'getVersion' | 'getVersionState'>;
  workspaces: Pick<WorkspaceStore, 'getWorkspace'>;
  consultations: Pick<ConsultationService, 'details'>;
  work: DocumentWork;
  now: () => Date;
}

type ReportComment = Pick<
  ConsultationCommentRecord,
  'paragraph' | 'body' | 'name' | 'outcome' | 'outcomeReason'
>;
export interface ReportFile {
  fileName: string;
  html: string;
}

export class ConsultationReportService {
  constructor(private readonly options: ConsultationReportOptions) {}

  /** For the workspace's members, open or closed. */
  async report(auth: AuthContext, consultationId: string): Promise<ReportFile> {
    const details = await this.options.consultations.details(auth, consultationId);
    const record = await this.options.store.getConsultation(consultationId);
    if (!record) throw noConsultation();
    return this.build(
      record,
      details.comments.filter((c) => c.state === 'approved'),
    );
  }

  /** For anyone, once the consultation has closed: it holds only what the public page shows. */
  async publicReport(consultationId: string): Promise<ReportFile> {
    const record = await this.options.store.getConsultation(consultationId);
    if (!record) throw noConsultation();
    if (isOpen(record, this.options.now())) {
      throw new ServiceError(
        'conflict',
        'The report is ready once the consultation has closed and the group has read the comments.',
      );
    }
    const comments = await this.options.store.listComments(record.id);
    return this.build(
      record,
      comments.filter((c) => c.state === 'approved'),
    );
  }

  private async build(
    record: ConsultationRecord,
    approved: readonly ReportComment[],
  ): Promise<ReportFile> {
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
    const html = consultationReportHtml({
      title: record.title,
      workspaceName: workspace?.name ?? '',
      introduction: record.introduction,
      when: isOpen(record, this.options.now())
        ? `It is open until ${dayFormat.format(new Date(record.closesAt))}`
        : `It closed on ${dayFormat.format(new Date(record.closedAt ?? record.closesAt))}`,
      nextVersionName: next?.name ?? null,
      paragraphs: reportParagraphs,
    });
    return { fileName: `You said, we did - ${record.title}.html`, html };
  }

  /** The first version of the draft saved after the published one, with its paragraphs. */
  private async nextVersion(documentId: string, versionId: string, publishedAt: string) {
    const published = await this.options.versions.getVersion(versionId);
    const since = published?.createdAt ?? publishedAt;
    const later = (await this.options.versions.listVersions(documentId))
      .filter((v) => v.id !== versionId && v.createdAt > since)
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
