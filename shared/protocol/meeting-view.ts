// What the server sends on `meeting:state` (and in a join or command ack), as a zod schema, so
// a client, a script or a fuzzer can check that the state it receives is well formed. The
// domain's MeetingView type and this schema must describe the same thing (checked below).
import { z } from 'zod';
import { cardKinds } from '../domain/meeting/state.ts';
import { pollKinds } from '../domain/meeting/polls.ts';
import type { MeetingView } from '../domain/meeting/view.ts';
import { roles } from '../domain/policy.ts';
import { Id } from './ids.ts';

const Time = z.number().finite().nonnegative();
const Link = z.object({ documentId: Id, heading: z.string() }).strict();

const Timer = z.discriminatedUnion('state', [
  z.object({ state: z.literal('idle'), durationMs: Time }).strict(),
  z.object({ state: z.literal('running'), durationMs: Time, endsAt: Time }).strict(),
  z.object({ state: z.literal('paused'), durationMs: Time, remainingMs: Time }).strict(),
]);

const Phase = z.discriminatedUnion('phase', [
  z.object({ phase: z.literal('scheduled') }).strict(),
  z.object({ phase: z.literal('live'), startedAt: Time }).strict(),
  z.object({ phase: z.literal('ended'), startedAt: Time, endedAt: Time }).strict(),
]);

const Vote = z.object({ optionId: z.string(), reason: z.string(), votedAt: Time }).strict();

const PollOption = z
  .object({
    id: z.string(),
    label: z.string(),
    meaning: z.string(),
    prompt: z.string().nullable(),
    reasonRequired: z.boolean(),
  })
  .strict();

const PollCommon = {
  id: Id,
  question: z.string(),
  kind: z.enum(pollKinds),
  options: z.array(PollOption),
  anonymous: z.boolean(),
  results: z.enum(['live', 'on-close']),
  agendaItemId: Id.nullable(),
  versionId: Id.nullable(),
  documentId: Id.nullable().optional(),
  locksDraft: z.boolean(),
  suggestion: z
    .object({ documentId: Id, suggestionId: Id, summary: z.string() })
    .strict()
    .nullable()
    .optional(),
  openedAt: Time,
  voteCount: z.number().int().nonnegative(),
  tally: z
    .array(z.object({ optionId: z.string(), label: z.string(), count: z.number().int() }))
    .nullable(),
  named: z.array(Vote.extend({ userId: Id })).nullable(),
  myVote: Vote.nullable(),
};

const PollView = z.discriminatedUnion('state', [
  z.object({ ...PollCommon, state: z.literal('open') }).strict(),
  z
    .object({
      ...PollCommon,
      state: z.literal('closed'),
      closedAt: Time,
      outcome: z.object({ agreed: z.boolean(), because: z.string() }).optional(),
    })
    .strict(),
]);

const Rsvp = z
  .object({ answer: z.enum(['yes', 'no', 'maybe']), needs: z.array(z.string()), notes: z.string() })
  .strict();

export const MeetingViewSchema = z
  .object({
    revision: z.number().int().nonnegative().optional(),
    id: Id,
    workspaceId: Id,
    title: z.string(),
    startsAt: z.string(),
    place: z.string(),
    documentIds: z.array(Id),
    agenda: z.array(
      z.object({ id: Id, title: z.string(), minutes: z.number().int(), link: Link.nullable() }),
    ),
    currentItemId: Id.nullable(),
    status: Phase,
    timer: Timer,
    hands: z
      .object({
        queue: z.array(z.object({ userId: Id, raisedAt: Time }).strict()),
        speaking: Id.nullable(),
      })
      .strict(),
    cards: z
      .object({
        counts: z.record(z.enum(cardKinds), z.number().int().nonnegative()),
        named: z.array(z.object({ userId: Id, kind: z.enum(cardKinds) }).strict()).nullable(),
        mine: z.enum(cardKinds).nullable(),
      })
      .strict(),
    polls: z.array(PollView),
    decisions: z.array(
      z
        .object({
          id: Id,
          text: z.string(),
          pollId: Id.nullable(),
          agendaItemId: Id.nullable(),
          recordedAt: Time,
          recordedBy: Id,
        })
        .strict(),
    ),
    actions: z.array(
      z
        .object({
          id: Id,
          what: z.string(),
          who: z.string(),
          due: z.string().nullable(),
          status: z.enum(['open', 'done']),
          createdAt: Time,
        })
        .strict(),
    ),
    rsvps: z.record(Id, Rsvp),
    attendance: z.record(Id, z.object({ name: z.string(), firstSeen: Time }).strict()),
    follow: z.object({ documentId: Id, heading: z.string(), by: Id, at: Time }).strict().nullable(),
    accessNeedsRemoved: z
      .object({ at: Time, afterDays: z.number().int().nonnegative() })
      .strict()
      .optional(),
    roster: z.array(
      z
        .object({
          userId: Id,
          name: z.string(),
          colour: z.string(),
          role: z.enum([...roles, 'admin']),
        })
        .strict(),
    ),
    serverNow: Time,
  })
  .strict();

// Whatever the schema accepts is a MeetingView. (It is stricter than the type: the type's
// PollView, an Omit over a union, loses the link between a poll's state and its closedAt.)
type Parsed = z.infer<typeof MeetingViewSchema>;
export const viewSameShape: [Parsed] extends [MeetingView] ? true : never = true;
