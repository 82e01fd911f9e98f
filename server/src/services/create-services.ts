// Builds every service, each after what it needs, and returns them as one record. What one
// service does when another reports something (a poll closed, a draft went quiet) is decided in
// reactions.ts, which listens to `serviceEvents`. Nothing here listens on a port or runs in the
// background.
import { CloseCode } from '@roundtable/shared/protocol/collab';
import { createDocumentSchema } from '../export/document-model.ts';
import { PasswordBackoff } from '../limits/password-backoff.ts';
import { ContentRules } from '../documents/content-rules.ts';
import { initialDocumentState } from '../documents/snapshot.ts';
import { AccessEvents } from './access-events.ts';
import { AuditLog } from './audit.ts';
import { AuthorshipService } from './authorship.ts';
import { CommentService } from './comments.ts';
import { createConsultationServices } from './consultation-services.ts';
import { DocumentReviews } from './document-reviews.ts';
import { DocumentService } from './documents.ts';
import { EasyReadCheckService } from './easy-read-checks.ts';
import { EasyReadService } from './easy-read.ts';
import { ErasureService } from './erasure.ts';
import { erasureLogFile } from './erasure-log-file.ts';
import { ExportService } from './exports.ts';
import { HardWordService } from './hard-words.ts';
import type { LiveDocuments } from './live-documents.ts';
import { createPublicSide } from './create-public-side.ts';
import { configuredMailer } from './mailer.ts';
import { MeetingService } from './meetings.ts';
import { MemberService } from './members.ts';
import { NoticeService } from './notices.ts';
import { PersonalDataService } from './personal-data.ts';
import { PictureService } from './pictures.ts';
import { ProfileService } from './profiles.ts';
import { ProposalService } from './proposals.ts';
import { RetentionService } from './retention.ts';
import { ServerWrites } from './server-writes.ts';
import type { ServiceDeps } from './service-deps.ts';
import { ServiceEvents } from './service-events.ts';
import { SignInService } from './sign-in.ts';
import { SuggestionService } from './suggestions.ts';
import { TokenService } from './tokens.ts';
import { createWorkThreads } from './work-threads.ts';
import { VersionService } from './versions.ts';
import { WorkspaceScope } from './workspace-scope.ts';
import { WorkspaceService } from './workspaces.ts';

export type Services<Live extends LiveDocuments = LiveDocuments> = ReturnType<
  typeof createServices<Live>
>;

export function createServices<Live extends LiveDocuments>(deps: ServiceDeps<Live>) {
  const { config, store, updates, logger, now } = deps;
  const identity = store.identity;
  const { workspaces: workspaceStore, documents: documentStore, versions: versionStore } = store;
  const serviceEvents = new ServiceEvents();
  const schema = createDocumentSchema();
  // Who may do what changed: told to the live connections here and in every other process.
  const events = new AccessEvents((error, change) =>
    logger.error({ err: error, change: change.kind }, 'applying an access change failed'),
  );
  events.relayTo((change) => deps.bus.publishAccess(change));
  deps.bus.onAccess((change) => void events.deliver(change));
  const audit = new AuditLog(identity, now);
  const mailer = deps.mailer ?? configuredMailer(config);

  // People: signing in, profiles, tokens, members.
  const signIn = new SignInService({
    identity,
    workspaces: store.workspaces,
    audit,
    events,
    now,
    mailer,
    publicUrl: config.publicUrl,
    passwordBackoff: new PasswordBackoff(deps.limiterStore),
  });
  const profiles = new ProfileService({ identity, audit, events });
  const tokens = new TokenService({ identity, audit, events, now });
  const scope = new WorkspaceScope({
    workspaces: workspaceStore,
    documents: documentStore,
    versions: versionStore,
    identity,
  });
  const members = new MemberService({ identity, audit, events, signIn, scope, now });

  // Workspaces and their meetings.
  const onSettingsChanged = serviceEvents.report('settings-changed');
  const workspaces = new WorkspaceService({
    store: workspaceStore,
    identity,
    audit,
    now,
    onSettingsChanged,
  });
  const settingsOf = (workspaceId: string) => workspaces.settingsOf(workspaceId);
  const agreementRule = async (workspaceId: string) =>
    (await settingsOf(workspaceId)).agreementRule;
  const meetings = new MeetingService({
    meetings: store.meetings,
    workspaces: workspaceStore,
    scope,
    now,
    agreementRule,
    onEnded: serviceEvents.report('meeting-ended'),
    onLocksChanged: serviceEvents.report('locks-changed'),
    onAgreed: serviceEvents.report('agreed'),
    onSuggestionPollClosed: serviceEvents.report('suggestion-poll-closed'),
    onChanged: serviceEvents.report('meeting-changed'),
  });
  const threads = createWorkThreads(config, new ContentRules(schema), logger);
  const { exportPool, work } = threads;
  // Documents: the live rooms first (they ask about locks and review), then what writes.
  const reviews = new DocumentReviews({
    decisions: store.suggestions,
    documents: documentStore,
    reviewTakesOnlySuggestions: async (workspaceId) =>
      (await settingsOf(workspaceId)).reviewTakesOnlySuggestions,
  });
  const rooms = deps.openLiveDocuments({
    lockOf: async (documentId) => {
      const document = await documentStore.getDocument(documentId);
      return document ? meetings.lockReason(document.workspaceId, documentId) : null;
    },
    suggestionsOnlyOf: (documentId) => reviews.suggestionsOnlyReason(documentId),
    onQuiet: serviceEvents.reportAndWait('quiet'),
    mergeLog: threads.mergeLog,
  });
  const writes = new ServerWrites({
    applyServerUpdate: (documentId, update) => rooms.applyServerUpdate(documentId, update),
    lockOf: (document) => meetings.lockReason(document.workspaceId, document.id),
    inReview: (documentId) => store.suggestions.isInReview(documentId),
  });
  const versions = new VersionService({
    versions: versionStore,
    proposals: store.proposals,
    documents: documentStore,
    updates,
    storedRows: store.updates,
    writes,
    scope,
    audit,
    now,
    rules: new ContentRules(schema),
    work,
  });
  const proposals = new ProposalService({
    proposals: store.proposals,
    versions: versionStore,
    documents: documentStore,
    scope,
    audit,
    now,
    agreementRule,
    markAgreed: (workspaceId, versionId, how) => versions.markAgreed(workspaceId, versionId, how),
  });
  const comments = new CommentService({
    comments: store.comments,
    documents: documentStore,
    scope,
    identity,
    settingsOf,
    audit,
    notify: (notice) => rooms.tellAboutComments(notice),
    // Built below; asked only once a request comes.
    suggestionStanding: (documentId, suggestionId) =>
      suggestions.standing(documentId, suggestionId),
    now,
  });
  const suggestions = new SuggestionService({
    decisions: store.suggestions,
    updates,
    writes,
    scope,
    reviews,
    now,
    schema,
    onReviewChanged: serviceEvents.report('review-changed'),
    onDecided: serviceEvents.reportAndWait('decided'),
  });
  const documents = new DocumentService({
    documents: documentStore,
    scope,
    workspaces: workspaceStore,
    audit,
    now,
    initialState: initialDocumentState,
    onDocumentClosed: (id) =>
      rooms.closeDocument(id, CloseCode.notFound, 'This document was moved to the bin'),
    onBinChanged: serviceEvents.report('document-bin-changed'),
  });
  const authorship = new AuthorshipService({ scope, updates, identity });
  // Erasing people reaches every draft through the live rooms; its log is kept in DATA_DIR too.
  const erasure = new ErasureService({
    ...{ store, updates, audit, events, now, schema, settingsOf },
    live: rooms,
    logErasure: erasureLogFile(config.dataDir).append,
    onBookingsMovedUp: serviceEvents.report('bookings-moved-up'),
  });
  // What most of the services below are given.
  const common = { scope, audit, now };
  const hardWords = new HardWordService({
    ...common,
    store: store.hardWords,
    onChanged: serviceEvents.report('hard-words-changed'),
  });
  const pictures = new PictureService({ ...common, store: store.pictures, config });

  // Consultations (issue 14), then the public side: its page (with them), join requests, events.
  const consultationDeps = { store, updates, settingsOf, work, serviceEvents, config, exportPool };
  const consulting = createConsultationServices({ ...common, ...consultationDeps });
  const sideDeps = { ...deps, ...common, ...consulting, members, mailer, serviceEvents };
  const publicSide = createPublicSide(sideDeps);

  // Easy Read versions of drafts, and checking them with the group.
  const currentState = versions.current.bind(versions);
  const easyRead = new EasyReadService({
    ...common,
    documents: documentStore,
    currentState,
    writes,
    work,
  });
  const easyReadChecks = new EasyReadCheckService({
    ...common,
    checks: store.easyReadChecks,
    documents: documentStore,
    workspaces: workspaceStore,
    members: identity,
    currentState,
    work,
  });

  const pastKeeping = { ...common, ...publicSide, ...consulting, meetings, identity, config };

  const exports = new ExportService({
    scope,
    workspaces: workspaceStore,
    identity,
    meetings: store.meetings,
    versions,
    authorship,
    audit,
    hardWordsOf: (workspaceId) => hardWords.wordsOf(workspaceId),
    render: (task, job, uploads) => exportPool.render(task, job, uploads),
    extras: {
      checkedStamp: (documentId) => easyReadChecks.stampFor(documentId),
      uploadedPicture: (workspaceId, pictureId) => pictures.uploadedPicture(workspaceId, pictureId),
    },
    limits: config.export,
  });

  // Copies of a person's data: from the stores (not the live rooms), in the export threads.
  const personalData = new PersonalDataService({
    stores: store,
    audit,
    now,
    readDocument: (task, job) => exportPool.readForPerson(task, job),
    pack: (data, job) => exportPool.packPersonalData(data, job),
    perPerson: config.export.perPerson,
  });

  return {
    serviceEvents,
    rooms,
    accessEvents: events,
    /** Resolves ids in their workspace; what /collab asks before opening a document. */
    scope,
    audit,
    signIn,
    profiles,
    tokens,
    members,
    workspaces,
    meetings,
    versions,
    proposals,
    suggestions,
    comments,
    documents,
    authorship,
    hardWords,
    easyRead,
    easyReadChecks,
    exports,
    personalData,
    pictures,
    ...publicSide,
    notices: new NoticeService({ store: store.notices, audit, now, retention: config.retention }),
    ...consulting,
    retention: new RetentionService(pastKeeping),
    erasure,
    /** Ends what the services hold open: the export threads. */
    close: () => threads.close(),
  };
}
