// Retention (issue 13): keeping personal data no longer than needed. `sweep`, run by the
// background job in app.ts, removes access needs a set time after their meeting ended and
// deletes audit entries older than they are kept (and bookers' details, join requests, and the
// contact details left with comments on a consultation, each a set time after it was done with).
// People who have not signed in for a set time are only listed, for an administrator to review: nothing here deletes a person.
import type { InactivePeople } from '@roundtable/shared/protocol/retention';
import type { Config } from '../config.ts';
import type { AuditStore, InactivityStore, MembershipStore } from '../storage/identity-ports.ts';
import type { AuditLog } from './audit.ts';
import { authorize, type AuthContext } from './auth-context.ts';
import type { JoinRequestService } from './join-requests.ts';
import type { MeetingService } from './meetings.ts';
import type { PublicEventService } from './public-events.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Audit entries deleted in one statement, and statements in one sweep (the rest wait). */
const AUDIT_BATCH = 1000;
const AUDIT_BATCHES_PER_SWEEP = 50;
/**
 * Audit entries kept whatever their age: the record that a person or a document was erased,
 * which replaying erasures after restoring an older backup needs.
 */
export const ERASURE_ACTIONS = ['person.erased', 'document.erased'] as const;
/** The most people one review lists. */
const REVIEW_LIMIT = 500;

export interface RetentionServiceOptions {
  meetings: Pick<MeetingService, 'removeAccessNeedsPast'>;
  /** Bookings of public events: access needs, then names and contact, removed after the event. */
  publicEvents: Pick<PublicEventService, 'removePast'>;
  joinRequests: Pick<JoinRequestService, 'removeOld'>;
  /** The audit table only: an erasure log, if there is one, is never touched here. */
  identity: Pick<AuditStore, 'deleteAuditBefore'> &
    InactivityStore &
    Pick<MembershipStore, 'listMemberships'>;
  audit: AuditLog;
  config: Pick<Config, 'retention'>;
  now: () => Date;
  /** Removes commenters' contact details past CONSULTATION_CONTACT_KEEP_DAYS after closing. */
  consultationComments?: { removeOldContacts(): Promise<number> };
}

export interface SweepResult {
  /** Meetings whose access needs were removed. */
  meetings: number;
  /** Audit entries deleted. */
  auditEntries: number;
  /** Bookings whose access needs were removed. */
  bookingAccessNeeds: number;
  /** Bookings whose name and contact details were removed. */
  bookingContacts: number;
  /** Join requests declined or never answered, removed with their mail. */
  joinRequests: number;
  /** Consultations whose commenters' contact details were removed. */
  consultations: number;
}

export class RetentionService {
  constructor(private readonly options: RetentionServiceOptions) {}

  private daysAgo(days: number): string {
    return new Date(this.options.now().getTime() - days * DAY_MS).toISOString();
  }

  /** Everything that is past keeping, removed; what was removed, counted (and audited). */
  async sweep(): Promise<SweepResult> {
    const settings = this.options.config.retention;
    const meetings = await this.options.meetings.removeAccessNeedsPast(
      settings.accessNeedsKeepDays,
    );
    const bookings = await this.options.publicEvents.removePast({
      accessNeedsDays: settings.accessNeedsKeepDays,
      contactDays: settings.bookingKeepDays,
    });
    const joinRequests = await this.options.joinRequests.removeOld(settings.joinRequestKeepDays);
    const auditEntries = await this.deleteOldAudit();
    const consultations = (await this.options.consultationComments?.removeOldContacts()) ?? 0;
    const removed = {
      meetings,
      auditEntries,
      bookingAccessNeeds: bookings.accessNeeds,
      bookingContacts: bookings.contacts,
      joinRequests,
      consultations,
    };
    if (Object.values(removed).some((count) => count > 0)) {
      // Counts only: what was removed is gone, and the entry itself is kept like any other.
      await this.options.audit.record({
        actorId: null,
        action: 'retention.removed',
        details: { ...removed, ...settings },
      });
    }
    return removed;
  }

  private async deleteOldAudit(): Promise<number> {
    const before = this.daysAgo(this.options.config.retention.auditKeepDays);
    let deleted = 0;
    for (let batch = 0; batch < AUDIT_BATCHES_PER_SWEEP; batch++) {
      const count = await this.options.identity.deleteAuditBefore(
        before,
        AUDIT_BATCH,
        ERASURE_ACTIONS,
      );
      deleted += count;
      if (count < AUDIT_BATCH) break;
    }
    return deleted;
  }

  /** Administrators only: who has not signed in for INACTIVE_AFTER_DAYS, longest first. */
  async inactivePeople(auth: AuthContext): Promise<InactivePeople> {
    authorize(auth, 'installation:administer');
    const afterDays = this.options.config.retention.inactiveAfterDays;
    const { identity } = this.options;
    const found = await identity.listInactivePeople(this.daysAgo(afterDays), REVIEW_LIMIT + 1);
    const people = await Promise.all(
      found.slice(0, REVIEW_LIMIT).map(async ({ user, lastSignedInAt }) => ({
        userId: user.id,
        name: user.name,
        email: user.email,
        isAdmin: user.isAdmin,
        createdAt: user.createdAt,
        lastSignedInAt,
        memberships: (await identity.listMemberships(user.id)).map((m) => ({
          workspaceId: m.workspaceId,
          workspaceName: m.workspaceName,
          role: m.role,
        })),
      })),
    );
    return { afterDays, people, more: found.length > REVIEW_LIMIT };
  }
}
