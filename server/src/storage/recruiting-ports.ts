// The storage ports for recruiting (issue 14): a workspace's public page, the join requests sent
// from it, and the outbox of mail waiting to be sent.
import type {
  Contact,
  JoinRequestState,
  PublicPageText,
} from '@roundtable/shared/protocol/recruiting';

/** What `about` says in the outbox for mail about a join request. */
export const aboutJoinRequest = (id: string): string => `join-request:${id}`;

export interface PublicPageRecord {
  workspaceId: string;
  slug: string;
  /** When it was turned on; null while it is off. */
  publishedAt: string | null;
  text: PublicPageText;
  updatedAt: string;
}

export interface PublicPageStore {
  getPublicPage(workspaceId: string): Promise<PublicPageRecord | undefined>;
  findPublicPageBySlug(slug: string): Promise<PublicPageRecord | undefined>;
  /** Saves the page; false when another workspace already uses the slug. */
  putPublicPage(record: PublicPageRecord): Promise<boolean>;
}

export interface JoinRequestRecord {
  id: string;
  workspaceId: string;
  name: string;
  contact: Contact;
  needs: string;
  reason: string;
  state: JoinRequestState;
  receivedAt: string;
  answeredAt: string | null;
  /** The last message sent to them, with the invite link when it invites them. */
  message: SentMessage | null;
  inviteId: string | null;
  personId: string | null;
}

export interface SentMessage {
  text: string;
  link: string | null;
}

export interface JoinRequestAnswer {
  state: 'invited' | 'asked' | 'declined';
  answeredAt: string;
  message: SentMessage;
  /** Set when the answer is an invite. */
  inviteId?: string;
}

export interface JoinRequestStore {
  createJoinRequest(record: JoinRequestRecord): Promise<void>;
  getJoinRequest(id: string): Promise<JoinRequestRecord | undefined>;
  /** A workspace's requests, newest first. */
  listJoinRequests(workspaceId: string): Promise<JoinRequestRecord[]>;
  answerJoinRequest(id: string, answer: JoinRequestAnswer): Promise<JoinRequestRecord | undefined>;
  /** Marks the request invited with this invite as joined by the person, unless it is already
   * linked to someone (then it stays theirs); undefined if none. */
  linkJoinRequest(inviteId: string, personId: string): Promise<JoinRequestRecord | undefined>;
  /** Requests linked to a person (for their copy of their data). */
  listJoinRequestsOf(personId: string): Promise<JoinRequestRecord[]>;
  /** Deletes the request and every mail about it; false when there was none. */
  eraseJoinRequest(id: string): Promise<boolean>;
  /**
   * Deletes requests declined, or never answered, received before `before` (with their mail);
   * returns how many.
   */
  removeJoinRequestsBefore(before: string): Promise<number>;
}

/** A file sent with a mail (a calendar file); the same shape as the outbox port's. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface OutboxMailRecord {
  id: string;
  workspaceId: string;
  about: string;
  to: string;
  subject: string;
  text: string;
  attachments: MailAttachment[];
  createdAt: string;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  sentAt: string | null;
}

export interface OutboxStore {
  putMail(record: OutboxMailRecord): Promise<void>;
  getMail(id: string): Promise<OutboxMailRecord | undefined>;
  /** Unsent mail whose next attempt is due, oldest first. */
  listDueMail(now: string, limit: number): Promise<OutboxMailRecord[]>;
  /** Mail about these subjects, oldest first. */
  listMailAbout(abouts: readonly string[]): Promise<OutboxMailRecord[]>;
  /**
   * Takes a due mail for sending: moves its next attempt to `until`, so no other process sends
   * it meanwhile. False when it is not due (sent, taken by another process, or gone).
   */
  claimMail(id: string, now: string, until: string): Promise<boolean>;
  markMailSent(id: string, at: string): Promise<void>;
  markMailFailed(id: string, failure: { error: string; nextAttemptAt: string }): Promise<void>;
  /** Makes an unsent mail due now. False when it is gone or already sent. */
  makeMailDue(id: string, at: string): Promise<boolean>;
}

export interface RecruitingStores {
  readonly publicPages: PublicPageStore;
  readonly joinRequests: JoinRequestStore;
  readonly outbox: OutboxStore;
}
