// What one service reports for others to act on, in this process: a meeting ended, a poll
// closed, a draft went quiet. The reporting service is built with a sender for its report;
// reactions.ts listens and decides what follows. So no service holds another that is built
// after it, and the rules that join two services sit in one file.
import type { MeetingState } from '@roundtable/shared/domain/meeting/meeting';
import type { Poll } from '@roundtable/shared/domain/meeting/polls';
import type { SuggestionDecision } from '@roundtable/shared/protocol/suggestions';
import type { BookingRecord } from '../storage/event-ports.ts';

export interface ServiceEventMap {
  /** An agreement poll closed and the group agreed its version. */
  agreed: [meeting: MeetingState, poll: Poll];
  /** A poll on a suggestion closed. */
  'suggestion-poll-closed': [meeting: MeetingState, poll: Poll];
  /** Edits to a draft stopped for a while, or its room unloaded after edits. */
  quiet: [documentId: string];
  'meeting-ended': [meeting: MeetingState];
  /** The server changed a meeting by itself (a departed member's hand lowered). */
  'meeting-changed': [meeting: MeetingState];
  /** Documents locked (reason) or unlocked (null) by an agreement poll opening or closing. */
  'locks-changed': [documentIds: string[], reason: string | null];
  /** A suggestion was accepted or rejected, and the change applied. */
  decided: [decision: SuggestionDecision];
  /** A workspace's settings were saved. */
  'settings-changed': [workspaceId: string];
  /** A document now takes changes only as suggestions (reason), or any change (null). */
  'review-changed': [documentId: string, reason: string | null];
  /** A workspace's hard words changed (by this person, or by nobody in particular). */
  'hard-words-changed': [workspaceId: string, actorId: string | null];
  /** A workspace's public page was saved (its words, its address, turned on or off). */
  'public-page-changed': [workspaceId: string];
  /** A public event's bookings changed (booked, cancelled, moved up, attended). */
  'bookings-changed': [eventId: string];
  /** Erasing a person cancelled their bookings, and these moved up from waiting lists. */
  'bookings-moved-up': [movedUp: BookingRecord[]];
  /** A join request arrived, was answered, joined or erased (its workspace's queue changed). */
  'join-requests-changed': [workspaceId: string];
  /** A document went into the bin or came back (its consultations leave or return to the public). */
  'document-bin-changed': [documentId: string];
  /** A consultation, or the comments on it, changed (a comment came, one was moderated …). */
  'consultation-changed': [workspaceId: string, consultationId: string];
}

type Listener<K extends keyof ServiceEventMap> = (...args: ServiceEventMap[K]) => unknown;

export class ServiceEvents {
  private readonly listeners: { [K in keyof ServiceEventMap]?: Listener<K>[] } = {};

  on<K extends keyof ServiceEventMap>(kind: K, listener: Listener<K>): void {
    const listeners: Listener<K>[] = this.listeners[kind] ?? [];
    listeners.push(listener);
    this.listeners[kind] = listeners as (typeof this.listeners)[K];
  }

  /** Calls every listener at once; resolves when all have finished. */
  async emit<K extends keyof ServiceEventMap>(kind: K, ...args: ServiceEventMap[K]): Promise<void> {
    const listeners: Listener<K>[] = this.listeners[kind] ?? [];
    await Promise.all(listeners.map((listener) => listener(...args)));
  }

  /** A service's `on…` option that reports `kind` and goes on at once. */
  report<K extends keyof ServiceEventMap>(kind: K): (...args: ServiceEventMap[K]) => void {
    return (...args) => void this.emit(kind, ...args);
  }

  /** A service's `on…` option that reports `kind` and resolves once the reactions have acted. */
  reportAndWait<K extends keyof ServiceEventMap>(
    kind: K,
  ): (...args: ServiceEventMap[K]) => Promise<void> {
    return (...args) => this.emit(kind, ...args);
  }
}
