// createServer: one http.Server carrying Express (REST, health, the client), the /collab
// WebSocket endpoint and the /meeting Socket.IO namespace, over the services that
// create-services.ts builds; plus the jobs that run in the background. It takes its store, clock
// and logger, so tests build it with their own.
import { createServer as createHttpServer, type Server } from 'node:http';
import type { Logger } from 'pino';
import { Server as SocketServer, type ServerOptions } from 'socket.io';
import { CloseCode } from '@roundtable/shared/protocol/collab';
import { LocalBus, type FanoutBus } from './bus/ports.ts';
import { createExpressApp } from './http/express-app.ts';
import { repeatInBackground } from './repeat-in-background.ts';
import type { Config } from './config.ts';
import { collabAuthorizer, enforceAccessChanges } from './collab/access.ts';
import { createCollabEndpoint } from './collab/endpoint.ts';
import { ConnectionLimits } from './collab/connection-limits.ts';
import { DocumentRooms } from './collab/rooms.ts';
import { editorSchemaGuard } from './export/editor-schema-guard.ts';
import type { LimiterStore } from './limits/limiter-store.ts';
import { RequestLimits } from './limits/request-limits.ts';
import { VerifiedUpdateLog } from './collab/verified-log.ts';
import { Metrics } from './metrics.ts';
import { reactToServiceEvents } from './reactions.ts';
import { attachConsultationNamespace } from './realtime/consultation-namespace.ts';
import { attachMeetingNamespace } from './realtime/meeting-namespace.ts';
import { attachRecruitingNamespace } from './realtime/recruiting-namespace.ts';
import { createServices, type Services } from './services/create-services.ts';
import type { Mailer } from './services/mailer.ts';
import type { IdentityStore } from './storage/identity-ports.ts';
import type { Store } from './storage/ports.ts';

export const VERSION = '0.1.0';
const BIN_PURGE_INTERVAL_MS = 60 * 60 * 1000;
/** How often proposals past their closing date are decided (reading one decides it too). */
const PROPOSAL_SWEEP_INTERVAL_MS = 30 * 1000;
/** How often data past its keeping time (access needs, old audit entries) is removed. */
const RETENTION_SWEEP_INTERVAL_MS = 60 * 60 * 1000;
/** How often reminders are sent to people booked on a public event that starts within a day. */
const REMINDER_INTERVAL_MS = 10 * 60 * 1000;
/** How often the outbox sends what is due (a failed mail waits longer, see durable-outbox.ts). */
const OUTBOX_INTERVAL_MS = 15 * 1000;

export interface AppDeps {
  config: Config;
  store: Store;
  logger: Logger;
  now?: () => Date;
  /** Where the numbers for /metrics go; serve.ts makes them, a test may leave them out. */
  metrics?: Metrics;
  /** Fan-out to other server processes (Redis); none by default. */
  bus?: FanoutBus;
  /** The Socket.IO adapter shared between processes (Redis); in-memory by default. */
  socketAdapter?: ServerOptions['adapter'];
  /** Sends email; by default SMTP when SMTP_URL is set, else none. */
  mailer?: Mailer;
  /** Where rate-limit counters live: Redis shared by every process, or this process's memory. */
  limiterStore?: LimiterStore;
}

export type AppServices = Services<DocumentRooms>;

export type App = AppServices & {
  server: Server;
  metrics: Metrics;
  identity: IdentityStore;
  /** Stops accepting, closes every connection, stores and compacts. Does not close the store. */
  close(): Promise<void>;
};

/**
 * The services over this process's live rooms, with nothing listening and nothing running in
 * the background: what createServer serves, and all the admin CLI needs.
 */
export function createAppServices(deps: AppDeps): AppServices {
  const { config, store, logger, metrics } = deps;
  const bus = deps.bus ?? new LocalBus();
  // Every load goes through here, so a stored update that fails to apply is quarantined.
  const updates = new VerifiedUpdateLog({
    log: store.updates,
    logger,
    now: deps.now ?? (() => new Date()),
    onQuarantined: () => metrics?.recordQuarantined(),
  });
  const services = createServices({
    config,
    store,
    updates,
    bus,
    logger,
    now: deps.now ?? (() => new Date()),
    mailer: deps.mailer,
    limiterStore: deps.limiterStore ?? { kind: 'memory' },
    openLiveDocuments: (rules) =>
      new DocumentRooms({
        log: updates,
        guard: editorSchemaGuard(),
        bus,
        logger,
        compactAfterBytes: config.compactAfterBytes,
        unloadAfterMs: config.unloadAfterMs,
        maxDocumentBytes: config.maxDocumentBytes,
        onStored: (count, seconds) => metrics?.recordStored(count, seconds),
        onRelayed: (seconds) => metrics?.recordRelayed(seconds),
        quietAfterMs: config.autoVersionAfterMs,
        ...rules,
      }),
  });
  reactToServiceEvents(services, logger);
  bus.onReconnect(() => void services.rooms.catchUp());
  return services;
}

export function createServer(deps: AppDeps): App {
  const { config, store, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const bus = deps.bus ?? new LocalBus();
  const limiterStore = deps.limiterStore ?? { kind: 'memory' };
  const metrics = deps.metrics ?? new Metrics();
  const services = createAppServices({ ...deps, now, bus, limiterStore, metrics });
  const { rooms, signIn, meetings, documents, proposals, retention } = services;
  const events = services.accessEvents;
  metrics.countRooms(() => rooms.stats());
  const identity = store.identity;

  const app = createExpressApp({
    version: VERSION,
    config,
    logger,
    store,
    bus,
    metrics,
    now,
    limits: new RequestLimits(limiterStore),
    services,
  });

  const stopEnforcing = enforceAccessChanges({ events, rooms, signIn });
  const collab = createCollabEndpoint({
    rooms,
    authorize: collabAuthorizer({
      signIn,
      scope: services.scope,
      nameOf: async (userId) => (await identity.getUser(userId))?.name ?? null,
    }),
    maxMessageBytes: config.maxMessageBytes,
    // A reader further behind than four whole documents is better off syncing afresh.
    maxBehindBytes: 4 * config.maxDocumentBytes,
    messagesPerSecond: config.collabRateLimit,
    bytesPerSecond: config.collabBytesPerSecond,
    connectionLimits: new ConnectionLimits({
      opensPerSecond: config.collabConnectsPerSecond,
      perPersonInDocument: config.collabConnectionsPerPerson,
      now: () => performance.now(),
    }),
    publicUrl: config.publicUrl,
    logger,
    now: () => performance.now(),
    onFirstSync: (total, load) => metrics.recordFirstSync(total, load),
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
    changedByServer: (show) => services.serviceEvents.on('meeting-changed', show),
    bookings: {
      mayWatch: (auth, eventId) => services.eventBookings.mayWatch(auth, eventId),
      onChanged: (tell) => services.serviceEvents.on('bookings-changed', tell),
    },
    signIn,
    identity,
    events,
    publicUrl: config.publicUrl,
    logger,
    now,
  });
  attachRecruitingNamespace({
    io,
    signIn,
    scope: services.scope,
    events,
    publicUrl: config.publicUrl,
    onChanged: (tell) => services.serviceEvents.on('join-requests-changed', tell),
  });
  const tellConsultationWatchers = attachConsultationNamespace({
    io,
    signIn,
    consultations: services.consultations,
    events,
    publicUrl: config.publicUrl,
  });
  services.serviceEvents.on('consultation-changed', (_workspaceId, consultationId) =>
    tellConsultationWatchers(consultationId),
  );
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
  const stopRetention = repeatInBackground({
    task: () =>
      retention.sweep().then((removed) => Object.values(removed).reduce((a, b) => a + b, 0)),
    everyMs: RETENTION_SWEEP_INTERVAL_MS,
    runNow: true,
    logger,
    did: 'removed access needs, bookers’ details, join requests, commenters’ contacts and audit entries past keeping',
    failed: 'removing data past keeping failed',
  });
  const stopReminding = repeatInBackground({
    task: () => services.publicEvents.sendReminders(),
    everyMs: REMINDER_INTERVAL_MS,
    runNow: true,
    logger,
    did: 'sent reminders of tomorrow’s public events',
    failed: 'sending reminders of public events failed',
  });

  const stopSendingMail = repeatInBackground({
    task: () => services.outbox.sendDue(),
    everyMs: OUTBOX_INTERVAL_MS,
    runNow: true,
    logger,
    did: 'sent mail from the outbox',
    failed: 'sending mail from the outbox failed',
  });

  return {
    ...services,
    server,
    metrics,
    identity,
    async close() {
      stopPurging();
      stopSweeping();
      stopRetention();
      stopReminding();
      stopSendingMail();
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
      await services.close();
    },
  };
}
