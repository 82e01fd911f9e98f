// The meeting channel (Socket.IO, namespace /meeting): every command a client may send, as a
// zod schema; acknowledgements as `{ ok: true, data } | { ok: false, error }`; the events the
// server sends. The REST part schedules meetings and lists them.
import { z } from 'zod';
import { cardKinds, type MeetingCommand } from '../domain/meeting/meeting.ts';
import { pollKinds } from '../domain/meeting/polls.ts';
import type { MeetingView } from '../domain/meeting/view.ts';
import { Id } from './ids.ts';
import { shownText } from './shown-text.ts';

export const MEETING_NAMESPACE = '/meeting';

/** Text of several lines (a decision). */
const Text = (max: number, what: string) =>
  z
    .string()
    .trim()
    .min(1, `Please write ${what}`)
    .max(max, `${what} can be at most ${max} characters`);
/** One line others see as a name or a title (a meeting, an agenda item, a poll's question). */
const Line = (max: number, what: string, min = 1) =>
  shownText({
    min,
    max,
    tooShort: `Please write ${what}`,
    tooLong: `${what} can be at most ${max} characters`,
  });

const AgendaLink = z
  .object({ documentId: Id, heading: z.string().trim().min(1).max(200) })
  .nullable();
const Minutes = z.number().int().min(1, 'At least 1 minute').max(480, 'At most 8 hours');

export const AgendaItemInput = z
  .object({ title: Line(200, 'a title'), minutes: Minutes, link: AgendaLink.default(null) })
  .strict();

export const MeetingCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('meeting:start') }),
  z.object({ type: z.literal('meeting:end') }),
  z.object({
    type: z.literal('agenda:add'),
    title: Line(200, 'a title'),
    minutes: Minutes,
    link: AgendaLink.default(null),
  }),
  z.object({
    type: z.literal('agenda:edit'),
    itemId: Id,
    title: Line(200, 'a title'),
    minutes: Minutes,
    link: AgendaLink.default(null),
  }),
  z.object({ type: z.literal('agenda:move'), itemId: Id, direction: z.enum(['up', 'down']) }),
  z.object({ type: z.literal('agenda:remove'), itemId: Id }),
  z.object({ type: z.literal('agenda:go'), itemId: Id }),
  z.object({ type: z.literal('agenda:next') }),
  z.object({ type: z.literal('agenda:previous') }),
  z.object({ type: z.literal('timer:start') }),
  z.object({ type: z.literal('timer:pause') }),
  z.object({ type: z.literal('timer:add-minute') }),
  z.object({ type: z.literal('timer:reset') }),
  z.object({ type: z.literal('hand:raise') }),
  z.object({ type: z.literal('hand:lower') }),
  z.object({ type: z.literal('hand:speak'), userId: Id.optional() }),
  z.object({ type: z.literal('hand:done') }),
  z.object({ type: z.literal('card:show'), kind: z.enum(cardKinds) }),
  z.object({ type: z.literal('card:clear') }),
  z.object({
    type: z.literal('poll:open'),
    question: Line(300, 'a question'),
    kind: z.enum(pollKinds),
    options: z
      .array(Line(100, 'a choice', 0))
      .max(10)
      .default([]),
    anonymous: z.boolean().default(false),
    results: z.enum(['live', 'on-close']).default('on-close'),
    versionId: Id.nullable().optional(),
    locksDraft: z.boolean().optional(),
    /** Puts a suggestion to the group: the poll's outcome accepts or rejects it. */
    suggestion: z
      .object({ documentId: Id, suggestionId: Id, summary: Line(300, 'a summary') })
      .nullable()
      .optional(),
  }),
  z.object({
    type: z.literal('poll:vote'),
    pollId: Id,
    optionId: z.string().min(1).max(40),
    reason: z.string().max(1000).default(''),
  }),
  z.object({ type: z.literal('poll:close'), pollId: Id }),
  z.object({
    type: z.literal('follow:invite'),
    documentId: Id,
    heading: z.string().trim().min(1).max(200),
  }),
  z.object({
    type: z.literal('decision:record'),
    text: Text(1000, 'the decision'),
    pollId: Id.nullable().default(null),
    agendaItemId: Id.nullable().default(null),
  }),
  z.object({
    type: z.literal('action:record'),
    what: Line(500, 'what will be done'),
    who: Line(100, 'who will do it'),
    due: z.iso.date().nullable().default(null),
  }),
  z.object({ type: z.literal('action:update'), actionId: Id, status: z.enum(['open', 'done']) }),
  z.object({
    type: z.literal('rsvp'),
    answer: z.enum(['yes', 'no', 'maybe']),
    needs: z.array(Line(100, 'a need')).max(10).default([]),
    notes: z.string().trim().max(500).default(''),
  }),
]);

// The schema and the domain's command type must describe the same thing.
type Parsed = z.infer<typeof MeetingCommandSchema>;
export const sameShape: Parsed extends MeetingCommand ? true : never = true;

export const JoinMeeting = z.object({ meetingId: Id }).strict();
export const WatchBookings = z.object({ eventId: Id }).strict();
export const MeetingCommandMessage = z
  .object({ meetingId: Id, command: MeetingCommandSchema })
  .strict();

export type Ack<T> =
  { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

/**
 * Clients reconnect by themselves after a transport close (a server restart). After an access
 * change the server disconnects the socket itself ("io server disconnect"): the client should
 * connect again (Socket.IO does not, in that case) and join again with its current access.
 * After every (re)connect a client joins its meeting again and receives the whole state.
 */
export interface MeetingServerEvents {
  /** The whole current state as this person may see it, after every change. */
  'meeting:state': (view: MeetingView) => void;
  /** A public event's bookings changed: a facilitator watching it reads them again. */
  'bookings:changed': (notice: { eventId: string }) => void;
}

export interface MeetingClientEvents {
  'meeting:join': (payload: unknown, ack: (result: Ack<MeetingView>) => void) => void;
  'meeting:leave': (payload: unknown, ack: (result: Ack<null>) => void) => void;
  'meeting:command': (payload: unknown, ack: (result: Ack<MeetingView>) => void) => void;
  /** Be told when a public event's bookings change (facilitators). */
  'bookings:watch': (payload: unknown, ack: (result: Ack<null>) => void) => void;
}

/** Every event a client may send, at run time (fuzzers and the threat model walk this list). */
export const meetingClientEventNames = [
  'meeting:join',
  'meeting:leave',
  'meeting:command',
  'bookings:watch',
] as const satisfies ReadonlyArray<keyof MeetingClientEvents>;
// The list must name every event of MeetingClientEvents: adding one there without here fails.
export const everyClientEventListed: Exclude<
  keyof MeetingClientEvents,
  (typeof meetingClientEventNames)[number]
> extends never
  ? true
  : never = true;

/** Every command type `meeting:command` carries, read from the schema itself. */
export const meetingCommandTypes = MeetingCommandSchema.options.map(
  (option) => option.shape.type.value,
);

export const ScheduleMeetingBody = z
  .object({
    title: Line(200, 'a title'),
    startsAt: z.iso.datetime({ offset: true }),
    place: Line(300, 'a place', 0).default(''),
    documentIds: z.array(Id).max(20).default([]),
    agenda: z.array(AgendaItemInput).max(50).default([]),
  })
  .strict();
export type ScheduleMeetingBody = z.infer<typeof ScheduleMeetingBody>;

export const MeetingSummary = z.object({
  id: Id,
  workspaceId: Id,
  title: z.string(),
  startsAt: z.string(),
  place: z.string(),
  phase: z.enum(['scheduled', 'live', 'ended']),
});
export type MeetingSummary = z.infer<typeof MeetingSummary>;

/** An action from any of a workspace's meetings: they stay on the list until done. */
export const WorkspaceAction = z.object({
  meetingId: Id,
  meetingTitle: z.string(),
  meetingDate: z.string(),
  id: Id,
  what: z.string(),
  who: z.string(),
  due: z.string().nullable(),
  status: z.enum(['open', 'done']),
});
export type WorkspaceAction = z.infer<typeof WorkspaceAction>;

export const UpdateActionBody = z.object({ status: z.enum(['open', 'done']) }).strict();
