// Builds the two consultation services (the consultations, and the comments on them) from the
// store and what they share with the rest; create-services.ts calls it.
import type { DocumentWork } from '../export/document-work.ts';
import type { Config } from '../config.ts';
import type { ExportPool } from '../export/export-pool.ts';
import type { Store, UpdateLog } from '../storage/ports.ts';
import type { WorkspaceSettings } from '@roundtable/shared/protocol/workspaces';
import type { AuditLog } from './audit.ts';
import type { ServiceEvents } from './service-events.ts';
import { ConsultationCommentService } from './consultation-comments.ts';
import { ConsultationQuestionService } from './consultation-questions.ts';
import { ConsultationReportService, type ReportFile } from './consultation-report.ts';
import { PublicReportFiles } from './public-report-files.ts';
import { ConsultationService } from './consultations.ts';
import type { WorkspaceScope } from './workspace-scope.ts';

export interface ConsultationDeps {
  store: Store;
  updates: UpdateLog;
  audit: AuditLog;
  now: () => Date;
  scope: WorkspaceScope;
  settingsOf: (workspaceId: string) => Promise<WorkspaceSettings>;
  work: DocumentWork;
  serviceEvents: ServiceEvents;
  config: Pick<Config, 'retention'>;
  /** Renders the report as a PDF or a Word file. */
  exportPool: Pick<ExportPool, 'render'>;
}

export function createConsultationServices(deps: ConsultationDeps) {
  const { store, audit, now, settingsOf } = deps;
  const onChanged = deps.serviceEvents.report('consultation-changed');
  const consultations = new ConsultationService({
    ...{ audit, now, settingsOf, onChanged, scope: deps.scope, work: deps.work },
    store: store.consultations,
    versions: store.versions,
    documents: store.documents,
    workspaces: store.workspaces,
    publicPages: store.publicPages,
    updates: deps.updates,
  });
  // A draft binned or restored: the pages watching its consultations read them again (and find
  // them gone, or back). Only a notice: a failed lookup leaves the pages as they are.
  deps.serviceEvents.on('document-bin-changed', (documentId) =>
    consultations.ofDocument(documentId).then(
      (found) => found.forEach(({ workspaceId, id }) => onChanged(workspaceId, id)),
      () => undefined,
    ),
  );
  const consultationComments = new ConsultationCommentService({
    ...{ audit, now, settingsOf, onChanged, consultations },
    store: store.consultations,
    contactKeepDays: deps.config.retention.consultationContactKeepDays,
  });
  const consultationQuestions = new ConsultationQuestionService({
    ...{ audit, now, onChanged, consultations },
    store: store.consultationQuestions,
  });
  // A public report is made once; any change to its consultation (a draft binned or restored
  // is reported as one, above) has it made again.
  const publicFiles = new PublicReportFiles<ReportFile>(() => now().getTime());
  deps.serviceEvents.on('consultation-changed', (_workspaceId, id) => publicFiles.forget(id));
  const consultationReports = new ConsultationReportService({
    publicFiles,
    store: store.consultations,
    versions: store.versions,
    workspaces: store.workspaces,
    consultations,
    work: deps.work,
    now,
    render: (task, job) => deps.exportPool.render(task, job),
    questionResults: (id) => consultationQuestions.reportResults(id),
  });
  return { consultations, consultationComments, consultationQuestions, consultationReports };
}
