// createServer: one http.Server carrying Express (REST, health, the client) and the /collab
// WebSocket endpoint. It takes its store, clock and logger, so tests build it with their own.
import { createServer as createHttpServer, type Server } from 'node:http';
import type { Logger } from 'pino';
import { Server as SocketServer, type ServerOptions } from 'socket.io';
import { CloseCode } from '@roundtable/shared/protocol/collab';
import { decideSuggestionPoll } from '@roundtable/shared/domain/meeting/suggestion-polls';
import { LocalBus, type FanoutBus } from './bus/ports.ts';
import { createExpressApp } from './http/express-app.ts';
import { repeatInBackground } from './repeat-in-background.ts';
import type { Config } from './config.ts';
import { collabAuthorizer, enforceAccessChanges } from './collab/access.ts';
import { createCollabEndpoint } from './collab/endpoint.ts';
import { DocumentRooms } from './collab/rooms.ts';
import { initialDocumentState } from './documents/snapshot.ts';
import type { LimiterStore } from './limits/limiter-store.ts';
import { PasswordBackoff } from './limits/password-backoff.ts';
import { RequestLimits } from './limits/request-limits.ts';
import { VerifiedUpdateLog } from './collab/verified-log.ts';
import { Metrics } from './metrics.ts';
import { attachMeetingNamespace } from './realtime/meeting-namespace.ts';
import { AccessEvents } from './services/access-events.ts';
import { AuditLog } from './services/audit.ts';
import { AuthorshipService } from './services/authorship.ts';
import { DocumentService } from './services/documents.ts';
import { smtpMailer, type Mailer } from './services/mailer.ts';
import { MeetingService } from './services/meetings.ts';
import { ExportService } from './services/exports.ts';
import { createDocumentSchema } from './export/index.ts';
import { ServerWrites } from './services/server-writes.ts';
import { ExportPool } from './export/export-pool.ts';
import { SuggestionService } from './services/suggestions.ts';
import { VersionService } from './services/versions.ts';
import { ProposalService } from './services/proposals.ts';
import { CommentService } from './services/comments.ts';
import { MemberService } from './services/members.ts';
import { ProfileService } from './services/profiles.ts';
import { SignInService } from './services/sign-in.ts';
import { TokenService } from './services/tokens.ts';
import { WorkspaceService } from './services/workspaces.ts';
import { WorkspaceScope } from './services/workspace-scope.ts';
import type { IdentityStore } from './storage/identity-ports.ts';
import type { Store } from './storage/ports.ts';

export const VERSION = '0.1.0';
const BIN_PURGE_INTERVAL_MS = 60 * 60 * 1000;
/** How often proposals past their closing date are decided (reading one decides it too). */
const PROPOSAL_SWEEP_INTERVAL_MS = 30 * 1000;

export interface AppDeps {
  config: Config;
  store: Store;
  logger: Logger;
  now?: () => Date;
  /** Fan-out to other server processes (Redis); none by default. */
  bus?: FanoutBus;
  /** The Socket.IO adapter shared between processes (Redis); in-memory by default. */
  socketAdapter?: ServerOptions['adapter'];
  /** Sends email; by default SMTP when SMTP_URL is set, else none. */
  mailer?: Mailer;
  /** Where rate-limit counters live: Redis shared by every process, or this process's memory. */
  limiterStore?: LimiterStore;
}

export interface App {
  server: Server;
  metrics: Metrics;
  rooms: DocumentRooms;
  documents: DocumentService;
  identity: IdentityStore;
  meetings: MeetingService;
  versions: VersionService;
  proposals: ProposalService;
  suggestions: SuggestionService;
  comments: CommentService;
  signIn: SignInService;
  members: MemberService;
  tokens: TokenService;
  profiles: ProfileService;
  audit: AuditLog;
  /** Stops accepting, closes every connection, stores and compacts. Does not close the store. */
  close(): Promise<void>;
}

export function createServer(deps: AppDeps): App {
  const { config, store, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const bus = deps.bus ?? new LocalBus();
  const metrics = new Metrics(() => rooms.stats());
  // Every load goes through here, so a stored update that fails to apply is quarantined.
  const updates = new VerifiedUpdateLog({
    log: store.updates,
    logger,
    now,
    onQuarantined: () => metrics.recordQuarantined(),
  });
  const rooms: DocumentRooms = new DocumentRooms({
    log: updates,
    bus,
    logger,
    compactAfterBytes: config.compactAfterBytes,
    unloadAfterMs: config.unloadAfterMs,
    maxDocumentBytes: config.maxDocumentBytes,
    onStored: (count, seconds) => metrics.recordStored(count, seconds),
    onRelayed: (seconds) => metrics.recordRelayed(seconds),
    quietAfterMs: config.autoVersionAfterMs,
    lockOf: async (documentId) => {
      const document = await store.documents.getDocument(documentId);
      return document ? meetings.lockReason(document.workspaceId, documentId) : null;
    },
    suggestionsOnlyOf: (documentId) => suggestions.suggestionsOnlyReason(documentId),
    onQuiet: (documentId) =>
      versions
        .autoSave(documentId, 'quiet', 'Saved automatically after editing')
        .catch((error: unknown) =>
          logger.warn({ err: error, documentId }, 'automatic version failed'),
        ),
  });
  const events = new AccessEvents((error, change) =>
    logger.error({ err: error, change: change.kind }, 'applying an access change failed'),
  );
  events.relayTo((change) => bus.publishAccess(change));
  bus.onAccess((change) => void events.deliver(change));
  bus.onReconnect(() => void rooms.catchUp());
  const audit = new AuditLog(store.identity, now);
  const limiterStore = deps.limiterStore ?? { kind: 'memory' };
  const identity = store.identity;
  const signIn = new SignInService({
    identity,
    workspaces: store.workspaces,
    audit,
    events,
    now,
    mailer:
      deps.mailer ?? (config.smtpUrl ? smtpMailer(config.smtpUrl, mailFrom(config)) : undefined),
    publicUrl: config.publicUrl,
    passwordBackoff: new PasswordBackoff(limiterStore),
  });
  const profiles = new ProfileService({
    identity,
    audit,
    events,
    eraseWritings: (userId) => store.comments.eraseAuthor(userId, now().toISOString()),
  });
  const tokens = new TokenService({ identity, audit, events, now });
  const scope = new WorkspaceScope({
    workspaces: store.workspaces,
    documents: store.documents,
    versions: store.versions,
    identity,
  });
  const members = new MemberService({ identity, audit, events, signIn, scope, now });
  const workspaces = new WorkspaceService({
    store: store.workspaces,
    identity,
    audit,
    now,
    onSettingsChanged: (workspaceId) =>
      void suggestions
        .workspaceSettingsChanged(workspaceId)
        .catch((error: unknown) =>
          logger.warn({ err: error, workspaceId }, 'applying the review setting failed'),
        ),
  });
  const writes = new ServerWrites({
    applyServerUpdate: (documentId, update) => rooms.applyServerUpdate(documentId, update),
    lockOf: (document) => meetings.lockReason(document.workspaceId, document.id),
    inReview: (documentId) => store.suggestions.isInReview(documentId),
  });
  const versions: VersionService = new VersionService({
    versions: store.versions,
    proposals: store.proposals,
    documents: store.documents,
    updates,
    storedRows: store.updates,
    writes,
    scope,
    audit,
    now,
  });
  const proposals = new ProposalService({
    proposals: store.proposals,
    versions: store.versions,
    documents: store.documents,
    scope,
    audit,
    now,
    agreementRule: async (workspaceId) => (await workspaces.settingsOf(workspaceId)).agreementRule,
    markAgreed: (workspaceId, versionId, how) => versions.markAgreed(workspaceId, versionId, how),
  });
  const suggestions = new SuggestionService({
    decisions: store.suggestions,
    documents: store.documents,
    updates,
    writes,
    scope,
    schema: createDocumentSchema(),
    now,
    reviewTakesOnlySuggestions: async (workspaceId) =>
      (await workspaces.settingsOf(workspaceId)).reviewTakesOnlySuggestions,
    onReviewChanged: (documentId, reason) =>
      void events.publish({ kind: 'document-review', documentId, reason }),
    onDecided: (decision) =>
      comments
        .suggestionDecided(decision)
        .catch((error: unknown) =>
          logger.warn(
            { err: error, suggestionId: decision.suggestionId },
            'resolving the replies on a decided suggestion failed',
          ),
        ),
  });
  const meetings: MeetingService = new MeetingService({
    meetings: store.meetings,
    workspaces: store.workspaces,
    scope,
    now,
    agreementRule: async (workspaceId) => (await workspaces.settingsOf(workspaceId)).agreementRule,
    onEnded: (meeting) => {
      for (const documentId of meeting.documentIds) {
        versions
          .autoSave(documentId, 'meeting-end', `End of "${meeting.title}"`, {
            inWorkspace: meeting.workspaceId,
          })
          .catch((error: unknown) =>
            logger.warn({ err: error, documentId }, 'meeting-end version failed'),
          );
      }
    },
    onLocksChanged: (documentIds, reason) => {
      for (const documentId of documentIds)
        void events.publish({ kind: 'document-lock', documentId, reason });
    },
    onAgreed: (meeting, poll) => {
      if (!poll.versionId || poll.state !== 'closed') return;
      const how = {
        meetingId: meeting.id,
        meetingTitle: meeting.title,
        pollId: poll.id,
        because: poll.outcome?.because ?? '',
        responses: Object.keys(poll.votes).length,
      };
      versions
        .markAgreed(meeting.workspaceId, poll.versionId, how)
        .catch((error: unknown) =>
          logger.error({ err: error, versionId: poll.versionId }, 'marking agreed failed'),
        );
    },
    onSuggestionPollClosed: (meeting, poll) => {
      const link = poll.suggestion;
      const { decision, counts } = decideSuggestionPoll(poll);
      if (!link || decision === 'undecided') return;
      suggestions
        .decideByPoll({
          workspaceId: meeting.workspaceId,
          documentId: link.documentId,
          suggestionId: link.suggestionId,
          outcome: decision,
          how: { kind: 'poll', meetingId: meeting.id, pollId: poll.id, counts },
        })
        .catch((error: unknown) =>
          logger.warn({ err: error, pollId: poll.id }, 'deciding a suggestion by poll failed'),
        );
    },
  });

  const comments = new CommentService({
    comments: store.comments,
    documents: store.documents,
    scope,
    identity,
    settingsOf: (workspaceId) => workspaces.settingsOf(workspaceId),
    audit,
    notify: (notice) => rooms.tellAboutComments(notice),
    suggestionDecided: async (documentId, suggestionId) =>
      (await store.suggestions.listDecisions(documentId)).some(
        (decision) => decision.suggestionId === suggestionId,
      ),
    now,
  });

  const documents = new DocumentService({
    documents: store.documents,
    workspaces: store.workspaces,
    audit,
    now,
    initialState: initialDocumentState,
    onDocumentClosed: (id) =>
      rooms.closeDocument(id, CloseCode.notFound, 'This document was moved to the bin'),
  });

  const authorship = new AuthorshipService({
    documents: store.documents,
    updates,
    identity,
  });
  const exportPool = new ExportPool({
    threads: config.export.threads,
    queue: config.export.queue,
    timeoutMs: config.export.timeoutMs,
    maxStateBytes: config.export.maxBytes,
    memoryMb: config.export.memoryMb,
    onError: (error) => logger.error({ err: error }, 'an export thread failed'),
  });
  const exports = new ExportService({
    documents: store.documents,
    workspaces: store.workspaces,
    identity,
    meetings: store.meetings,
    versions,
    authorship,
    audit,
    render: (task) => exportPool.render(task),
    limits: { maxBytes: config.export.maxBytes, timeoutMs: config.export.timeoutMs },
  });

  const app = createExpressApp({
    version: VERSION,
    config,
    logger,
    store,
    bus,
    metrics,
    now,
    limits: new RequestLimits(limiterStore),
    services: {
      signIn,
      profiles,
      tokens,
      members,
      audit,
      workspaces,
      documents,
      meetings,
      versions,
      exports,
      authorship,
      proposals,
      suggestions,
      comments,
    },
  });

  const stopEnforcing = enforceAccessChanges({ events, rooms, signIn });
  const collab = createCollabEndpoint({
    rooms,
    authorize: collabAuthorizer({
      signIn,
      documents,
      nameOf: async (userId) => (await identity.getUser(userId))?.name ?? null,
    }),
    maxMessageBytes: config.maxMessageBytes,
    messagesPerSecond: config.collabRateLimit,
    publicUrl: config.publicUrl,
    logger,
    now: () => performance.now(),
  });

  const server = createHttpServer(app);
  const io = new SocketServer(server, {
    // WebSocket only: no long-polling, so no sticky sessions are needed behind a load balancer.
    transports: ['websocket'],
    maxHttpBufferSize: 64 * 1024,
    // Upgrades for /collab are ours; Socket.IO must leave them alone.
    destroyUpgrade: false,
    serveClient: false,
    ...(deps.socketAdapter ? { adapter: deps.socketAdapter } : {}),
  });
  const stopMeetings = attachMeetingNamespace({
    io,
    limiterStore,
    onCommand: (type) => metrics.recordMeetingEvent(type),
    meetings,
    signIn,
    identity,
    events,
    publicUrl: config.publicUrl,
    logger,
    now,
  });
  server.on('upgrade', (request, socket, head) => {
    if (collab.handleUpgrade(request, socket, head)) return;
    if (!request.url?.startsWith('/socket.io/')) socket.destroy();
  });

  const stopPurging = repeatInBackground({
    task: () => documents.purgeExpired().then((erased) => erased.length),
    everyMs: BIN_PURGE_INTERVAL_MS,
    runNow: true,
    logger,
    did: 'emptied the bin',
    failed: 'emptying the bin failed',
  });
  const stopSweeping = repeatInBackground({
    task: () => proposals.closeDue(),
    everyMs: PROPOSAL_SWEEP_INTERVAL_MS,
    runNow: false,
    logger,
    did: 'decided proposals that closed',
    failed: 'deciding closed proposals failed',
  });

  return {
    server,
    metrics,
    rooms,
    documents,
    identity,
    meetings,
    versions,
    proposals,
    suggestions,
    comments,
    signIn,
    members,
    tokens,
    profiles,
    audit,
    async close() {
      stopPurging();
      stopSweeping();
      stopEnforcing();
      stopMeetings();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await rooms.shutdown(CloseCode.goingAway, 'The server is restarting');
      collab.close();
      // Upgraded sockets are no longer the HTTP server's to close: end Socket.IO's transports
      // (not a Socket.IO disconnect, after which clients would not reconnect by themselves).
      io.engine.close();
      server.closeAllConnections();
      await closed;
      await exportPool.close();
    },
  };
}

function mailFrom(config: Config): string {
  const host = config.publicUrl ? new URL(config.publicUrl).hostname : 'localhost';
  return `Roundtable <no-reply@${host}>`;
}
