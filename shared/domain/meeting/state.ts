// The shapes of a meeting: its state (what is stored) and the commands that change it. The
// rules that apply commands live in meeting.ts.
import type { HandQueue } from './hands.ts';
import type { Poll, PollKind, SuggestionLink } from './polls.ts';
import type { Timer } from './timer.ts';

export const cardKinds = ['stop', 'slow', 'agree', 'break'] as const;
export type CardKind = (typeof cardKinds)[number];

export interface AgendaItem {
  id: string;
  title: string;
  minutes: number;
  /** A heading in one of the meeting's documents, to go to when the item starts. */
  link: { documentId: string; heading: string } | null;
}

export interface Decision {
  id: string;
  text: string;
  pollId: string | null;
  agendaItemId: string | null;
  recordedAt: number;
  recordedBy: string;
}

export interface ActionItem {
  id: string;
  what: string;
  who: string;
  due: string | null;
  status: 'open' | 'done';
  createdAt: number;
}

export interface Rsvp {
  answer: 'yes' | 'no' | 'maybe';
  needs: string[];
  notes: string;
}

export type MeetingPhase =
  | { phase: 'scheduled' }
  | { phase: 'live'; startedAt: number }
  | { phase: 'ended'; startedAt: number; endedAt: number };

export interface MeetingState {
  /**
   * How many changes the meeting service has stored (absent before the first). A view carries
   * it, so a client keeps the newest state when two processes' views cross on the way.
   */
  revision?: number;
  id: string;
  workspaceId: string;
  title: string;
  startsAt: string;
  place: string;
  documentIds: string[];
  agenda: AgendaItem[];
  currentItemId: string | null;
  status: MeetingPhase;
  timer: Timer;
  hands: HandQueue;
  cards: Record<string, { kind: CardKind; shownAt: number }>;
  polls: Poll[];
  decisions: Decision[];
  actions: ActionItem[];
  rsvps: Record<string, Rsvp>;
  /** Everyone who was in the meeting while it was live, for the summary and the record. */
  attendance: Record<string, { name: string; firstSeen: number }>;
  follow: { documentId: string; heading: string; by: string; at: number } | null;
  /**
   * When the access needs and notes given with RSVPs were removed, and after how many days
   * from the meeting's end (ACCESS_NEEDS_KEEP_DAYS then). Absent while they are kept.
   */
  accessNeedsRemoved?: { at: number; afterDays: number } | undefined;
}

export type MeetingCommand =
  | { type: 'meeting:start' }
  | { type: 'meeting:end' }
  | { type: 'agenda:add'; title: string; minutes: number; link: AgendaItem['link'] }
  | {
      type: 'agenda:edit';
      itemId: string;
      title: string;
      minutes: number;
      link: AgendaItem['link'];
    }
  | { type: 'agenda:move'; itemId: string; direction: 'up' | 'down' }
  | { type: 'agenda:remove'; itemId: string }
  | { type: 'agenda:go'; itemId: string }
  | { type: 'agenda:next' }
  | { type: 'agenda:previous' }
  | { type: 'timer:start' }
  | { type: 'timer:pause' }
  | { type: 'timer:add-minute' }
  | { type: 'timer:reset' }
  | { type: 'hand:raise' }
  | { type: 'hand:lower' }
  | { type: 'hand:speak'; userId?: string | undefined }
  | { type: 'hand:done' }
  | { type: 'card:show'; kind: CardKind }
  | { type: 'card:clear' }
  | {
      type: 'poll:open';
      question: string;
      kind: PollKind;
      options: string[];
      anonymous: boolean;
      results: 'live' | 'on-close';
      /** Required for an agreement poll: the version to agree. */
      versionId?: string | null | undefined;
      locksDraft?: boolean | undefined;
      /** For an agree poll: the suggestion its outcome accepts or rejects. */
      suggestion?: SuggestionLink | null | undefined;
    }
  | { type: 'poll:vote'; pollId: string; optionId: string; reason: string }
  | { type: 'poll:close'; pollId: string }
  | { type: 'follow:invite'; documentId: string; heading: string }
  | { type: 'decision:record'; text: string; pollId: string | null; agendaItemId: string | null }
  | { type: 'action:record'; what: string; who: string; due: string | null }
  | { type: 'action:update'; actionId: string; status: 'open' | 'done' }
  | { type: 'rsvp'; answer: Rsvp['answer']; needs: string[]; notes: string };
