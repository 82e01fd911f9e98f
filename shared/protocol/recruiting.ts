// Recruiting (issue 14): a workspace's public page, the join requests people send from it, and
// the mail the server sends them. The public page's `events` and `consultations` are filled in
// by the public events and consultations features; they are empty until then.
import { z } from 'zod';
import { Id } from './ids.ts';
import { PhoneNumber } from './phone.ts';
import { HIDDEN_CHARACTERS_MESSAGE, isShownParagraphs, shownText } from './shown-text.ts';

/** Text of several lines, each shown as it is (no hidden characters). */
const Paragraphs = (max: number, what: string, min = 0) =>
  z
    .string()
    .trim()
    .min(min, `Please write ${what}`)
    .max(max, `${what} can be at most ${max} characters`)
    .refine(isShownParagraphs, HIDDEN_CHARACTERS_MESSAGE);

const Line = (max: number, what: string, min = 1) =>
  shownText({
    min,
    max,
    tooShort: `Please write ${what}`,
    tooLong: `${what} can be at most ${max} characters`,
  });

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const Slug = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, 'The address needs at least 3 letters or numbers')
  .max(60, 'The address can be at most 60 characters')
  .regex(SLUG_PATTERN, 'Use only small letters, numbers and single dashes, like "city-forum"');

/** An OpenMoji picture by its hexcode, e.g. "1F3E0" (the bundled set the editor uses). */
export const OpenMojiCode = z
  .string()
  .regex(/^[0-9A-F]{2,6}(?:-[0-9A-F]{2,6}){0,11}$/, 'Please choose a picture from the list');

export const EasyReadLine = z
  .object({
    text: Line(200, 'a short sentence'),
    picture: OpenMojiCode.nullable(),
    /** What the picture shows, for people who cannot see it. */
    pictureAlt: Line(100, 'what the picture shows', 0).default(''),
  })
  .strict();
export type EasyReadLine = z.infer<typeof EasyReadLine>;

export const PublicPageText = z
  .object({
    whoWeAre: Paragraphs(4000, 'who the group is', 1),
    whatWeDo: Paragraphs(4000, 'what the group does', 1),
    howToJoin: Paragraphs(4000, 'how to join', 1),
    easyRead: z.array(EasyReadLine).max(30, 'An Easy Read version can have at most 30 lines'),
  })
  .strict();
export type PublicPageText = z.infer<typeof PublicPageText>;

/** The page's words as the server sends them (before anything is written, they are empty). */
const PublicPageTextAnswer = z.object({
  whoWeAre: z.string(),
  whatWeDo: z.string(),
  howToJoin: z.string(),
  easyRead: z.array(
    z.object({ text: z.string(), picture: z.string().nullable(), pictureAlt: z.string() }),
  ),
});

/** What a facilitator sees and saves in the workspace settings. */
export const PublicPageSettings = z.object({
  published: z.boolean(),
  slug: z.string(),
  text: PublicPageTextAnswer,
  updatedAt: z.string().nullable(),
});
export type PublicPageSettings = z.infer<typeof PublicPageSettings>;

export const SavePublicPageBody = z
  .object({ published: z.boolean(), slug: Slug, text: PublicPageText })
  .strict();
export type SavePublicPageBody = z.infer<typeof SavePublicPageBody>;

/** A public event as the public page lists it (filled in by the public events feature). */
export const PublicEventSummary = z.object({
  id: z.string(),
  title: z.string(),
  startsAt: z.string(),
  place: z.string(),
  /** 0 when it is full: a booking then goes on the waiting list. */
  placesLeft: z.number().int(),
  /** False when the facilitators stopped taking bookings (it still happens). */
  takingBookings: z.boolean(),
});
/** An open consultation as the public page lists it (filled in by the consultations feature). */
export const ConsultationSummary = z.object({
  id: z.string(),
  title: z.string(),
  closesAt: z.string(),
});

/** The public page as anyone reads it, signed in or not. */
export const PublicPage = z.object({
  slug: z.string(),
  workspaceName: z.string(),
  text: PublicPageTextAnswer,
  events: z.array(PublicEventSummary),
  consultations: z.array(ConsultationSummary),
});
export type PublicPage = z.infer<typeof PublicPage>;

export const SlugParams = z.object({ slug: z.string().max(100) });

export const contactWays = ['email', 'phone', 'post', 'supporter'] as const;
export type ContactWay = (typeof contactWays)[number];

export const Contact = z.discriminatedUnion('way', [
  z
    .object({
      way: z.literal('email'),
      email: z.string().trim().email('Please check the email address').max(254),
    })
    .strict(),
  z.object({ way: z.literal('phone'), phone: PhoneNumber }).strict(),
  z.object({ way: z.literal('post'), address: Paragraphs(500, 'your address', 5) }).strict(),
  z
    .object({
      way: z.literal('supporter'),
      supporterName: Line(200, "your supporter's name"),
      supporterContact: Paragraphs(500, 'how to reach your supporter', 3),
    })
    .strict(),
]);
export type Contact = z.infer<typeof Contact>;

export const JoinRequestBody = z
  .object({
    name: Line(200, 'your name'),
    contact: Contact,
    needs: Paragraphs(2000, 'your needs'),
    reason: Paragraphs(4000, 'why you want to join'),
    /** Left empty by people; a form-filling robot fills it in, and its request is dropped. */
    website: z.string().max(500).default(''),
  })
  .strict();
export type JoinRequestBody = z.infer<typeof JoinRequestBody>;

export const JoinRequestReceived = z.object({
  received: z.literal(true),
  workspaceName: z.string(),
});

export const joinRequestStates = ['new', 'invited', 'asked', 'declined', 'joined'] as const;
export type JoinRequestState = (typeof joinRequestStates)[number];

export const MailState = z.object({
  id: z.string(),
  /** In plain words: "Sent on 7 December", "Waiting to send: tried 3 times, …". */
  summary: z.string(),
  sent: z.boolean(),
  attempts: z.number(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
});
export type MailState = z.infer<typeof MailState>;

export const JoinRequest = z.object({
  id: z.string(),
  name: z.string(),
  contact: Contact,
  needs: z.string(),
  reason: z.string(),
  state: z.enum(joinRequestStates),
  receivedAt: z.string(),
  answeredAt: z.string().nullable(),
  /** The person they became, once they joined through the invite. */
  personId: z.string().nullable(),
  /** The last message sent to them, for the printable letter. */
  message: z.string().nullable(),
  mails: z.array(MailState),
  /**
   * Whether the email address they gave already has an account (`account`), one of this
   * workspace's members (`member`), or neither (`none`, also for other ways of contact). Shown to
   * the facilitators only: the public form answers the same either way.
   */
  emailAccount: z.enum(['none', 'account', 'member']),
});
export type JoinRequest = z.infer<typeof JoinRequest>;

export const JoinRequestList = z.object({
  requests: z.array(JoinRequest),
  /** Requests nobody has answered yet. */
  waiting: z.number(),
  /** False when SMTP_URL is not set: letters are the way to reach people. */
  canEmail: z.boolean(),
});
export type JoinRequestList = z.infer<typeof JoinRequestList>;

export const JoinRequestParams = z.object({ id: Id, requestId: Id });
export const MailParams = z.object({ id: Id, mailId: Id });

export const AnswerJoinRequestBody = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('invite'), message: Paragraphs(4000, 'a message', 0).default('') })
    .strict(),
  z.object({ kind: z.literal('ask'), message: Paragraphs(4000, 'your question', 1) }).strict(),
  z.object({ kind: z.literal('decline'), message: Paragraphs(4000, 'a kind message', 1) }).strict(),
]);
export type AnswerJoinRequestBody = z.infer<typeof AnswerJoinRequestBody>;

export const DEFAULT_DECLINE_MESSAGE =
  'Thank you for asking to join us, and for telling us about yourself. ' +
  'We cannot offer you a place at the moment. This is not about you: the group is full for now. ' +
  'You are welcome to ask again later, and to come to our public events.';

/**
 * A join request's data, as the facilitator downloads it (often to give to the person who asked):
 * without `emailAccount`, which tells whether an address has an account.
 */
export const JoinRequestData = JoinRequest.omit({ emailAccount: true }).extend({
  workspaceName: z.string(),
});
export type JoinRequestData = z.infer<typeof JoinRequestData>;

/** The printable letter: who it is to, where it goes, and what it says. */
export const JoinLetter = z.object({
  workspaceName: z.string(),
  name: z.string(),
  /** Their postal address, or their supporter's details, as written. */
  address: z.string(),
  message: z.string(),
  /** The invite link written out, when the letter invites them. */
  link: z.string().nullable(),
  /** The link as a QR code (SVG), when there is a link. */
  qrSvg: z.string().nullable(),
});
export type JoinLetter = z.infer<typeof JoinLetter>;

/** The live channel for facilitators' recruiting pages (Socket.IO namespace). */
export const RECRUITING_NAMESPACE = '/recruiting';
/** Sent by a page: tell me when this workspace's join requests change. */
export const WatchJoinRequests = z.object({ workspaceId: Id }).strict();
export const WATCH_JOIN_REQUESTS = 'join-requests:watch';
/** Every event a page may send on the channel; anything else is answered `bad_request`. */
export const recruitingClientEventNames = [WATCH_JOIN_REQUESTS] as const;
/** Sent by the server to the pages watching: read the join requests again. */
export const JOIN_REQUESTS_CHANGED = 'join-requests:changed';
