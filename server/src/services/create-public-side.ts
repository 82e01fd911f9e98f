// Builds the public side of co-production (issue 14): the outbox that sends the server's own
// mail, the public page, the join requests (which answer through both) and public events.
import type { Logger } from 'pino';
import type { Store } from '../storage/ports.ts';
import type { AuditLog } from './audit.ts';
import { DurableOutbox } from './durable-outbox.ts';
import { createEventServices } from './event-services.ts';
import { JoinRequestService } from './join-requests.ts';
import type { Mailer } from './mailer.ts';
import type { MemberService } from './members.ts';
import { PublicPageService } from './public-pages.ts';
import type { ConsultationService } from './consultations.ts';
import type { ServiceEvents } from './service-events.ts';
import type { WorkspaceScope } from './workspace-scope.ts';

export function createPublicSide(options: {
  store: Store;
  scope: WorkspaceScope;
  audit: AuditLog;
  now: () => Date;
  logger: Logger;
  members: MemberService;
  mailer: Mailer | undefined;
  config: { publicUrl: string | undefined };
  serviceEvents: ServiceEvents;
  /** Its page lists the workspace's open consultations. */
  consultations?: Pick<ConsultationService, 'listOpen'>;
}) {
  const { store, scope, audit, now } = options;
  const common = { scope, audit, now };
  const outbox = new DurableOutbox({
    ...common,
    store: store.outbox,
    mailer: options.mailer,
    logger: options.logger,
  });
  // Public events: booked by anyone, run by facilitators; mail goes through the outbox.
  const { publicEvents, eventBookings, bookingDataRequests } = createEventServices({
    ...{ store, audit, now, publicUrl: options.config.publicUrl, outbox },
    onBookingsChanged: options.serviceEvents.report('bookings-changed'),
  });
  const publicPages = new PublicPageService({
    ...common,
    store: store.publicPages,
    workspaces: store.workspaces,
    upcomingEvents: (workspaceId) => publicEvents.upcoming(workspaceId),
    openConsultations: (workspaceId) =>
      options.consultations?.listOpen(workspaceId) ?? Promise.resolve([]),
    onChanged: options.serviceEvents.report('public-page-changed'),
  });
  const joinRequests = new JoinRequestService({
    ...common,
    store: store.joinRequests,
    pages: publicPages,
    outbox,
    members: options.members,
    memberships: store.identity,
    people: store.identity,
    workspaceName: async (id) => (await store.workspaces.getWorkspace(id))?.name ?? '',
    onChanged: options.serviceEvents.report('join-requests-changed'),
  });
  return { outbox, publicPages, joinRequests, publicEvents, eventBookings, bookingDataRequests };
}
