// The audit log: membership, role, invitation, token, export, deletion and erasure events.
// Entries hold ids and the kind of act, never document content.
import type { AuditRecord, AuditStore } from '../storage/identity-ports.ts';
import { authorize, type AuthContext } from './auth-context.ts';

export interface AuditEvent {
  actorId: string | null;
  workspaceId?: string | null;
  action: string;
  subject?: string | null;
  details?: Record<string, unknown>;
}

export class AuditLog {
  constructor(
    private readonly store: AuditStore,
    private readonly now: () => Date,
  ) {}

  record(event: AuditEvent): Promise<void> {
    return this.store.appendAudit({
      at: this.now().toISOString(),
      actorId: event.actorId,
      workspaceId: event.workspaceId ?? null,
      action: event.action,
      subject: event.subject ?? null,
      details: event.details ?? {},
    });
  }

  /**
   * The log as a person may read it: one workspace's entries for its facilitators, the whole
   * log for administrators.
   */
  async readAs(
    auth: AuthContext,
    filter: { workspaceId?: string; limit?: number },
  ): Promise<AuditRecord[]> {
    if (filter.workspaceId !== undefined) {
      authorize(auth, 'workspace:read-audit', { workspaceId: filter.workspaceId });
    } else {
      authorize(auth, 'installation:administer');
    }
    return this.list(filter);
  }

  list(filter: { workspaceId?: string; limit?: number }): Promise<AuditRecord[]> {
    return this.store.listAudit({
      ...(filter.workspaceId !== undefined ? { workspaceId: filter.workspaceId } : {}),
      limit: Math.min(filter.limit ?? 200, 1000),
    });
  }
}
