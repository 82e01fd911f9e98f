// What follows when a service reports something: the rules that join two services. Each
// reaction is a named function that resolves once it has acted, and logs, never throws, when
// acting fails (the report came from a change that already happened). reactToServiceEvents
// wires them to the services' reports, once every service is built, and to the access changes
// every process hears (so a reaction to one of those runs in each process, and must be
// idempotent).
import type { Logger } from 'pino';
import type { MeetingState } from '@roundtable/shared/domain/meeting/meeting';
import type { Poll } from '@roundtable/shared/domain/meeting/polls';
import { decideSuggestionPoll } from '@roundtable/shared/domain/meeting/suggestion-polls';
import type { SuggestionDecision } from '@roundtable/shared/protocol/suggestions';
import type { Services } from './services/create-services.ts';
import type { BookingRecord } from './storage/event-ports.ts';

/** The services that act on reports, and where failures are logged. */
export type Reactors = Pick<
  Services,
  | 'versions'
  | 'suggestions'
  | 'comments'
  | 'accessEvents'
  | 'meetings'
  | 'publicEvents'
  | 'joinRequests'
> & {
  logger: Logger;
};

export function reactToServiceEvents(services: Services, logger: Logger): void {
  const events = services.serviceEvents;
  const reactors: Reactors = { ...services, logger };
  events.on('agreed', (meeting, poll) => whenAgreed(reactors, meeting, poll));
  events.on('suggestion-poll-closed', (meeting, poll) =>
    whenSuggestionPollClosed(reactors, meeting, poll),
  );
  events.on('quiet', (documentId) => whenQuiet(reactors, documentId));
  events.on('meeting-ended', (meeting) => whenMeetingEnded(reactors, meeting));
  events.on('locks-changed', (documentIds, reason) =>
    whenLocksChanged(reactors, documentIds, reason),
  );
  events.on('decided', (decision) => whenDecided(reactors, decision));
  events.on('settings-changed', (workspaceId) => whenSettingsChanged(reactors, workspaceId));
  events.on('review-changed', (documentId, reason) =>
    whenReviewChanged(reactors, documentId, reason),
  );
  events.on('hard-words-changed', (workspaceId, actorId) =>
    whenHardWordsChanged(reactors, workspaceId, actorId),
  );
  events.on('bookings-moved-up', (movedUp) => whenBookingsMovedUp(reactors, movedUp));
  services.accessEvents.subscribe((change) =>
    change.kind === 'membership'
      ? whenMembershipChanged(reactors, change.workspaceId, change.userId)
      : undefined,
  );
  services.accessEvents.subscribe((change) =>
    change.kind === 'membership'
      ? whenJoinedFromRequest(reactors, change.workspaceId, change.userId)
      : undefined,
  );
}

/**
 * Someone joined (heard by every process): a join request answered with the invite they used
 * shows as joined, linked to them. Idempotent: a request already linked stays as it is.
 */
export async function whenJoinedFromRequest(
  { joinRequests, logger }: Reactors,
  workspaceId: string,
  userId: string,
): Promise<void> {
  await joinRequests
    .membershipChanged(workspaceId, userId)
    .catch((error: unknown) =>
      logger.error({ err: error, workspaceId }, 'linking a join request to its person failed'),
    );
}

/**
 * Someone joined, left, was removed or had their role changed (heard by every process): if they
 * may no longer take part, their hand is lowered in the workspace's meetings. Idempotent: the
 * first process to store the change shows it to everyone; the others find nothing to do.
 */
export async function whenMembershipChanged(
  { meetings, logger }: Reactors,
  workspaceId: string,
  userId: string,
): Promise<void> {
  await meetings
    .membershipChanged(workspaceId, userId)
    .catch((error: unknown) =>
      logger.warn({ err: error, workspaceId }, 'lowering the hand of a departed member failed'),
    );
}

/** An agreement poll closed agreed: its version is marked agreed, saying how. */
export async function whenAgreed(
  { versions, logger }: Reactors,
  meeting: MeetingState,
  poll: Poll,
): Promise<void> {
  if (!poll.versionId || poll.state !== 'closed') return;
  const how = {
    meetingId: meeting.id,
    meetingTitle: meeting.title,
    pollId: poll.id,
    because: poll.outcome?.because ?? '',
    responses: Object.keys(poll.votes).length,
  };
  await versions
    .markAgreed(meeting.workspaceId, poll.versionId, how)
    .catch((error: unknown) =>
      logger.error({ err: error, versionId: poll.versionId }, 'marking agreed failed'),
    );
}

/** A poll on a suggestion closed: its outcome accepts or rejects the suggestion, if decided. */
export async function whenSuggestionPollClosed(
  { suggestions, logger }: Reactors,
  meeting: MeetingState,
  poll: Poll,
): Promise<void> {
  const link = poll.suggestion;
  const { decision, counts } = decideSuggestionPoll(poll);
  if (!link || decision === 'undecided') return;
  await suggestions
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
}

/** Edits to a draft stopped for a while: a version is saved automatically. */
export async function whenQuiet({ versions, logger }: Reactors, documentId: string): Promise<void> {
  await versions
    .autoSave(documentId, 'quiet', 'Saved automatically after editing')
    .catch((error: unknown) => logger.warn({ err: error, documentId }, 'automatic version failed'));
}

/** A meeting ended: a version of each of its documents is saved, named after it. */
export async function whenMeetingEnded(
  { versions, logger }: Reactors,
  meeting: MeetingState,
): Promise<void> {
  await Promise.all(
    meeting.documentIds.map((documentId) =>
      versions
        .autoSave(documentId, 'meeting-end', `End of "${meeting.title}"`, {
          inWorkspace: meeting.workspaceId,
        })
        .catch((error: unknown) =>
          logger.warn({ err: error, documentId }, 'meeting-end version failed'),
        ),
    ),
  );
}

/** Drafts were locked or unlocked by an agreement poll: every process's rooms are told. */
export async function whenLocksChanged(
  { accessEvents }: Reactors,
  documentIds: string[],
  reason: string | null,
): Promise<void> {
  await Promise.all(
    documentIds.map((documentId) =>
      accessEvents.publish({ kind: 'document-lock', documentId, reason }),
    ),
  );
}

/** A suggestion was decided: the replies on its card are resolved. */
export async function whenDecided(
  { comments, logger }: Reactors,
  decision: SuggestionDecision,
): Promise<void> {
  await comments
    .suggestionDecided(decision)
    .catch((error: unknown) =>
      logger.warn(
        { err: error, suggestionId: decision.suggestionId },
        'resolving the replies on a decided suggestion failed',
      ),
    );
}

/** A workspace's settings changed: its drafts in review follow the review setting. */
export async function whenSettingsChanged(
  { suggestions, logger }: Reactors,
  workspaceId: string,
): Promise<void> {
  await suggestions
    .workspaceSettingsChanged(workspaceId)
    .catch((error: unknown) =>
      logger.warn({ err: error, workspaceId }, 'applying the review setting failed'),
    );
}

/** A draft went into review or out of it: every process's rooms are told. */
export async function whenReviewChanged(
  { accessEvents }: Reactors,
  documentId: string,
  reason: string | null,
): Promise<void> {
  await accessEvents.publish({ kind: 'document-review', documentId, reason });
}

/** A workspace's hard words changed: every process tells the people with its documents open. */
export async function whenHardWordsChanged(
  { accessEvents }: Reactors,
  workspaceId: string,
  actorId: string | null,
): Promise<void> {
  await accessEvents.publish({ kind: 'hard-words', workspaceId, actorId });
}

/** Erasing a person moved others up from waiting lists: they and the facilitators are told. */
export async function whenBookingsMovedUp(
  { publicEvents, logger }: Reactors,
  movedUp: BookingRecord[],
): Promise<void> {
  await publicEvents
    .tellMovedUp(movedUp)
    .catch((error: unknown) =>
      logger.warn({ err: error }, 'telling people moved up by an erasure failed'),
    );
}
