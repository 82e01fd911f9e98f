// The Express application: security headers, request ids, health, the origin check and sign-in
// for /api, every REST route (and the OpenAPI document made from them), and the client. It
// only wires transport to the services it is given; create-services.ts builds those.
import express, { type Express } from 'express';
import helmet from 'helmet';
import * as routes from '@roundtable/shared/protocol/routes';
import type { Logger } from 'pino';
import type { FanoutBus } from '../bus/ports.ts';
import type { Config } from '../config.ts';
import type { RequestLimits } from '../limits/request-limits.ts';
import type { Metrics } from '../metrics.ts';
import type { Services } from '../services/create-services.ts';
import type { Store } from '../storage/ports.ts';
import { accessRoutes } from './access.ts';
import { authenticate, limitEmailChange, limitPublicForm, limitSignIn } from './auth.ts';
import { authorshipRoutes } from './authorship.ts';
import { commentRoutes } from './comments.ts';
import { consultationRoutes } from './consultations.ts';
import { documentRoutes } from './documents.ts';
import { easyReadRoutes } from './easy-read.ts';
import { eventRoutes } from './events.ts';
import { apiNotFound, errorHandler, sendError } from './errors.ts';
import { hardWordRoutes } from './hard-words.ts';
import { healthRoutes } from './health.ts';
import { meetingRoutes } from './meetings.ts';
import { memberRoutes } from './members.ts';
import { pictureRoutes } from './pictures.ts';
import { buildOpenApi } from './openapi.ts';
import { noticeRoutes } from './notices.ts';
import { clearOnPublicChanges, PublicAnswerCache } from './public-answer-cache.ts';
import { publicPageGate } from './public-page-gate.ts';
import { recruitingRoutes } from './recruiting.ts';
import { personalDataRoutes } from './personal-data.ts';
import { retentionRoutes } from './retention.ts';
import { isAllowedOrigin } from '../edge/origin.ts';
import { proposalRoutes } from './proposals.ts';
import { assignRequestId } from './request-id.ts';
import { logRequests } from './request-log.ts';
import { RouteRegistry } from './route.ts';
import { clientRoutes } from './static.ts';
import { suggestionRoutes } from './suggestions.ts';
import { versionRoutes } from './versions.ts';
import { workspaceRoutes } from './workspaces.ts';

export interface ExpressAppOptions {
  config: Config;
  logger: Logger;
  store: Store;
  bus: FanoutBus;
  metrics: Metrics;
  now: () => Date;
  version: string;
  services: Services;
  limits: RequestLimits;
}

export function createExpressApp(options: ExpressAppOptions): Express {
  const registry = new RouteRegistry();
  const { config, logger, store, bus, metrics, now, services } = options;
  const publicAnswers = new PublicAnswerCache();
  clearOnPublicChanges(publicAnswers, services.serviceEvents);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // ProseMirror and the collaboration carets set style attributes on elements.
          styleSrc: ["'self'", "'unsafe-inline'"],
          connectSrc: ["'self'", ...(config.publicUrl ? [wsOrigin(config.publicUrl)] : [])],
          imgSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: config.publicUrl?.startsWith('https:') ? [] : null,
        },
      },
      strictTransportSecurity: config.publicUrl?.startsWith('https:') ?? false,
    }),
  );
  app.use(assignRequestId);
  app.use(logRequests(logger));
  app.use(healthRoutes({ store, bus, metrics, metricsToken: config.metricsToken }));
  // Answers about people, sessions and documents: no browser or proxy may keep a copy.
  app.use('/api', (_request, response, next) => {
    response.set('Cache-Control', 'no-store');
    next();
  });
  app.use('/api', express.json({ limit: '1mb' }));
  app.use('/api', (request, response, next) => {
    const safe = request.method === 'GET' || request.method === 'HEAD';
    if (!safe && !isAllowedOrigin(request, config.publicUrl)) {
      sendError(response, 'forbidden', 'Requests from other websites are not allowed');
      return;
    }
    next();
  });
  app.use('/api', authenticate(services.signIn, options.limits));
  app.use(['/api/invites', '/api/sign-in', '/api/setup'], limitSignIn(options.limits));
  // A change of one's own email address spends from a small budget of its own.
  const limitEmail = limitEmailChange(options.limits);
  app.use(routes.updateMe.path, (request, response, next) => {
    if (request.method === 'PATCH' && request.path === '/') limitEmail(request, response, next);
    else next();
  });
  // Comments and answers on a public consultation spend from the public forms' budget.
  // The public report, a file made by the export threads, has a budget of its own.
  const limitPublic = limitPublicForm(options.limits, 'comment');
  const limitReport = limitPublicForm(options.limits, 'report');
  app.use('/api/public/consultations', (request, response, next) => {
    if (request.method === 'POST') void limitPublic(request, response, next);
    else if (request.path.endsWith('/report')) void limitReport(request, response, next);
    else next();
  });
  app.use(
    accessRoutes({
      registry,
      signIn: services.signIn,
      profiles: services.profiles,
      tokens: services.tokens,
      secureCookies: config.publicUrl?.startsWith('https:') ?? false,
      publicUrl: config.publicUrl,
    }),
  );
  app.use(
    memberRoutes({
      registry,
      members: services.members,
      audit: services.audit,
      publicUrl: config.publicUrl,
    }),
  );
  app.use(personalDataRoutes(registry, services.personalData, services.erasure));
  app.use(noticeRoutes(registry, services.notices));
  app.use(
    recruitingRoutes({
      registry,
      pages: services.publicPages,
      joinRequests: services.joinRequests,
      outbox: services.outbox,
      limits: options.limits,
      publicUrl: config.publicUrl,
      publicAnswers,
    }),
  );
  app.use(retentionRoutes(registry, services.retention));
  app.use(workspaceRoutes(registry, services.workspaces));
  app.use(documentRoutes(registry, services.documents));
  app.use(easyReadRoutes(registry, services.easyRead, services.easyReadChecks));
  app.use(meetingRoutes(registry, services.meetings, now));
  app.use(versionRoutes(registry, services.versions, services.exports));
  app.use(authorshipRoutes(registry, services.authorship));
  app.use(proposalRoutes(registry, services.proposals));
  app.use(suggestionRoutes(registry, services.suggestions));
  app.use(commentRoutes(registry, services.comments));
  app.use(hardWordRoutes(registry, services.hardWords));
  app.use(pictureRoutes(registry, services.pictures));
  app.use(
    eventRoutes({
      registry,
      publicEvents: services.publicEvents,
      eventBookings: services.eventBookings,
      bookingDataRequests: services.bookingDataRequests,
      limits: options.limits,
      publicAnswers,
    }),
    consultationRoutes(
      registry,
      services.consultations,
      services.consultationComments,
      services.consultationQuestions,
      services.consultationReports,
      publicAnswers,
    ),
  );
  // Made at the first request for it, not at start: turning every schema into JSON Schema
  // allocates enough at start to grow V8's young generation, and few servers are ever asked.
  const specs = [...registry.specs];
  let openApi: ReturnType<typeof buildOpenApi> | undefined;
  app.get('/api/openapi.json', (_request, response) => {
    openApi ??= buildOpenApi(specs, options.version);
    response.json(openApi);
  });
  app.use('/api', apiNotFound);
  app.use(publicPageGate(services.publicPages));
  app.use(clientRoutes(config.clientDistDir));
  app.use(errorHandler(logger));

  return app;
}

function wsOrigin(publicUrl: string): string {
  const url = new URL(publicUrl);
  return `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`;
}
