// Builds the recruiting services (issue 14): the outbox that sends the server's own mail, the
// public page, and the join requests, which answer through both.
import type { Logger } from 'pino';
import type { Store } from '../storage/ports.ts';
import type { AuditLog } from './audit.ts';
import { DurableOutbox } from './durable-outbox.ts';
import { JoinRequestService } from './join-requests.ts';
import type { Mailer } from './mailer.ts';
import type { MemberService } from './members.ts';
import { PublicPageService } from './public-pages.ts';
import type { WorkspaceScope } from './workspace-scope.ts';

export function createRecruiting(options: {
  store: Store;
  scope: WorkspaceScope;
  audit: AuditLog;
  now: () => Date;
  logger: Logger;
  members: MemberService;
  mailer: Mailer | undefined;
  onChanged: (workspaceId: string) => void;
}) {
  const { store, scope, audit, now } = options;
  const common = { scope, audit, now };
  const outbox = new DurableOutbox({
    ...common,
    store: store.outbox,
    mailer: options.mailer,
    logger: options.logger,
  });
  const publicPages = new PublicPageService({
    ...common,
    store: store.publicPages,
    workspaces: store.workspaces,
  });
  const joinRequests = new JoinRequestService({
    ...common,
    store: store.joinRequests,
    pages: publicPages,
    outbox,
    members: options.members,
    memberships: store.identity,
    workspaceName: async (id) => (await store.workspaces.getWorkspace(id))?.name ?? '',
    onChanged: options.onChanged,
  });
  return { outbox, publicPages, joinRequests };
}
