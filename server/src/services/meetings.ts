// Meeting use cases. Every command is authorized by can(), has every id it names resolved in
// the meeting's workspace (WorkspaceScope), is applied by the pure domain rules, and is stored by compare-and-swap, retried on a clash: so commands from any process apply one
// at a time, and one person has one vote however many tabs or servers they use.
import { can, type Actor } from '@roundtable/shared/domain/policy';
import type { AgreementRule } from '@roundtable/shared/domain/agreement';
import type { Poll } from '@roundtable/shared/domain/meeting/polls';
import {
  MeetingRuleBroken,
  applyCommand,
  lockedDocuments,
  markAttendance,
  newMeeting,
  permissionFor,
  withoutParticipant,
  type MeetingCommand,
  type MeetingState,
} from '@roundtable/shared/domain/meeting/meeting';
import type { Viewer } from '@roundtable/shared/domain/meeting/view';
import { accessNeedsDue, withoutAccessNeeds } from '@roundtable/shared/domain/meeting/access-needs';
import type {
  MeetingSummary,
  ScheduleMeetingBody,
  WorkspaceAction,
} from '@roundtable/shared/protocol/meeting';
import type { MeetingStore } from '../storage/meeting-ports.ts';
import type { WorkspaceStore } from '../storage/ports.ts';
import { authorize, signedIn, type AuthContext } from './auth-context.ts';
import { ServiceError } from './errors.ts';
import { newId } from './ids.ts';
import type { WorkspaceScope } from './workspace-scope.ts';

const MAX_ATTEMPTS = 8;
/** Meetings read at a time when looking for access needs past keeping. */
const MEETING_PAGE = 100;

export interface MeetingServiceOptions {
  meetings: MeetingStore;
  workspaces: WorkspaceStore;
  /** Resolves every id a command or a schedule names in the meeting's workspace. */
  scope: WorkspaceScope;
  now: () => Date;
  /** Called once when a meeting ends (to save a version of its documents). */
  onEnded?: (state: MeetingState) => void;
  /** The workspace's agreement rule, which decides agreement polls. */
  agreementRule: (workspaceId: string) => Promise<AgreementRule>;
  /** Documents locked (reason) or unlocked (null) by an agreement poll opening or closing. */
  onLocksChanged?: (documentIds: string[], reason: string | null) => void;
  /** An agreement poll closed and the group agreed its version. */
  onAgreed?: (state: MeetingState, poll: Poll) => void;
  /** A poll on a suggestion closed: its outcome accepts or rejects the suggestion. */
  onSuggestionPollClosed?: (state: MeetingState, poll: Poll) => void;
  /** The server changed a meeting by itself (not by a command): everyone in it is shown it. */
  onChanged?: (state: MeetingState) => void;
}

export const LOCK_REASON =
  'The group is deciding whether to agree this draft, so nobody can change it until the vote closes.';

export const summarize = (state: MeetingState): MeetingSummary => ({
  id: state.id,
  workspaceId: state.workspaceId,
  title: state.title,
  startsAt: state.startsAt,
  place: state.place,
  phase: state.status.phase,
});

export class MeetingService {
  constructor(private readonly options: MeetingServiceOptions) {}

  async schedule(
    auth: AuthContext,
    workspaceId: string,
    body: ScheduleMeetingBody,
  ): Promise<MeetingState> {
    if (!(await this.options.workspaces.getWorkspace(workspaceId))) {
      throw new ServiceError('not_found', 'There is no workspace with this id');
    }
    authorize(auth, 'meeting:run', { workspaceId });
    await this.options.scope.schedule(workspaceId, body);
    const state = newMeeting({
      id: newId(),
      workspaceId,
      title: body.title,
      startsAt: new Date(body.startsAt).toISOString(),
      place: body.place,
      documentIds: body.documentIds,
      agenda: body.agenda.map((item) => ({ id: newId(), ...item })),
    });
    await this.options.meetings.createMeeting(state);
    return state;
  }

  async list(auth: AuthContext, workspaceId: string): Promise<MeetingSummary[]> {
    authorize(auth, 'meeting:attend', { workspaceId });
    return (await this.options.meetings.listMeetings(workspaceId)).map(summarize);
  }

  /** Every action from the workspace's meetings, open ones first: "You said, we did". */
  async actions(auth: AuthContext, workspaceId: string): Promise<WorkspaceAction[]> {
    authorize(auth, 'meeting:attend', { workspaceId });
    const meetings = await this.options.meetings.listMeetings(workspaceId);
    const all = meetings.flatMap((m) =>
      m.actions.map((a) => ({
        meetingId: m.id,
        meetingTitle: m.title,
        meetingDate: m.startsAt,
        id: a.id,
        what: a.what,
        who: a.who,
        due: a.due,
        status: a.status,
      })),
    );
    return [...all.filter((a) => a.status === 'open'), ...all.filter((a) => a.status === 'done')];
  }

  /** The meeting, if this person may be in it. */
  async get(auth: AuthContext, meetingId: string): Promise<MeetingState> {
    const stored = await this.options.meetings.getMeeting(meetingId);
    if (!stored) throw new ServiceError('not_found', 'There is no meeting with this id');
    authorize(auth, 'meeting:attend', { workspaceId: stored.state.workspaceId });
    return stored.state;
  }

  viewerFor(actor: Actor, userId: string, workspaceId: string): Viewer {
    return {
      userId,
      runs: can(actor, 'meeting:run', { workspaceId }),
      seesAccessNeeds: can(actor, 'meeting:read-access-needs', { workspaceId }),
    };
  }

  async execute(
    auth: AuthContext,
    meetingId: string,
    command: MeetingCommand,
  ): Promise<MeetingState> {
    const userId = signedIn(auth);
    const { before, after } = await this.change(meetingId, async (state) => {
      authorize(auth, permissionFor(command), { workspaceId: state.workspaceId });
      const { versionDocuments, departed } = await this.options.scope.command(state, command);
      const agreementRule = await this.options.agreementRule(state.workspaceId);
      try {
        return applyCommand(state, command, {
          userId,
          now: this.options.now().getTime(),
          newId,
          agreementRule,
          versionDocuments,
          departed,
        });
      } catch (error) {
        if (error instanceof MeetingRuleBroken) throw new ServiceError('conflict', error.message);
        throw error;
      }
    });
    this.afterChange(before, after);
    return after;
  }

  /**
   * A person's membership of a workspace ended or changed: if they may no longer take part, in
   * every meeting of the workspace not yet ended their hand is lowered, the floor and their card
   * are taken back, and everyone in it is shown so.
   */
  async membershipChanged(workspaceId: string, userId: string): Promise<void> {
    if (await this.options.scope.mayTakePart(workspaceId, userId)) return;
    for (const meeting of await this.options.meetings.listMeetings(workspaceId)) {
      if (meeting.status.phase === 'ended') continue;
      const { before, after } = await this.change(meeting.id, async (state) =>
        withoutParticipant(state, userId),
      );
      if (after !== before) this.options.onChanged?.(after);
    }
  }

  /**
   * Removes the access needs and notes given with RSVPs from every meeting that ended more than
   * `keepDays` ago, a page of meetings at a time; everyone in one is shown it. Returns how many
   * meetings it changed.
   */
  async removeAccessNeedsPast(keepDays: number): Promise<number> {
    let removed = 0;
    let afterId: string | null = null;
    for (;;) {
      const page = await this.options.meetings.listMeetingsPage({ afterId, limit: MEETING_PAGE });
      for (const meeting of page) {
        const now = this.options.now().getTime();
        if (!accessNeedsDue(meeting, now, keepDays)) continue;
        const { before, after } = await this.change(meeting.id, async (state) =>
          withoutAccessNeeds(state, now, keepDays),
        );
        if (after === before) continue;
        removed += 1;
        this.options.onChanged?.(after);
      }
      if (page.length < MEETING_PAGE) return removed;
      afterId = page[page.length - 1]?.id ?? null;
    }
  }

  /** Whether a live meeting's open agreement poll has locked this document. */
  async lockReason(workspaceId: string, documentId: string): Promise<string | null> {
    const meetings = await this.options.meetings.listMeetings(workspaceId);
    return meetings.some((m) => lockedDocuments(m).includes(documentId)) ? LOCK_REASON : null;
  }

  private afterChange(before: MeetingState, after: MeetingState): void {
    if (before === after) return;
    if (before.status.phase === 'live' && after.status.phase === 'ended')
      this.options.onEnded?.(after);
    const wasLocked = new Set(lockedDocuments(before));
    const isLocked = new Set(lockedDocuments(after));
    const locked = [...isLocked].filter((id) => !wasLocked.has(id));
    const unlocked = [...wasLocked].filter((id) => !isLocked.has(id));
    if (locked.length > 0) this.options.onLocksChanged?.(locked, LOCK_REASON);
    if (unlocked.length > 0) this.options.onLocksChanged?.(unlocked, null);
    for (const poll of after.polls) {
      const previous = before.polls.find((p) => p.id === poll.id);
      if (poll.state !== 'closed' || previous?.state !== 'open') continue;
      if (poll.suggestion) this.options.onSuggestionPollClosed?.(after, poll);
      else if (poll.outcome?.agreed) this.options.onAgreed?.(after, poll);
    }
  }

  async attend(meetingId: string, userId: string, name: string): Promise<MeetingState> {
    const { after } = await this.change(meetingId, async (state) =>
      markAttendance(state, userId, name, this.options.now().getTime()),
    );
    return after;
  }

  private async change(
    meetingId: string,
    next: (state: MeetingState) => Promise<MeetingState>,
  ): Promise<{ before: MeetingState; after: MeetingState }> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const stored = await this.options.meetings.getMeeting(meetingId);
      if (!stored) throw new ServiceError('not_found', 'There is no meeting with this id');
      const proposed = await next(stored.state);
      if (proposed === stored.state) return { before: stored.state, after: proposed };
      const changed = { ...proposed, revision: (stored.state.revision ?? 0) + 1 };
      if (await this.options.meetings.saveMeeting(meetingId, stored.version, changed)) {
        return { before: stored.state, after: changed };
      }
    }
    throw new ServiceError('unavailable', 'The meeting is very busy. Please try again.');
  }
}
