// The outbox (outbox.ts) kept in the store: a mail is stored before anything is sent; the
// background job (app.ts) sends what is due through the Mailer, and a failure is kept with its
// error and tried again later, waiting longer each time. A facilitator may make a waiting mail
// due now ("Try again now"). Without a mailer (no SMTP_URL) nothing is stored and `enqueue`
// does nothing: callers check `canSend` and offer another way (a printed letter).
import type { Logger } from 'pino';
import type { MailState } from '@roundtable/shared/protocol/recruiting';
import {
  aboutJoinRequest,
  type OutboxMailRecord,
  type OutboxStore,
} from '../storage/recruiting-ports.ts';
import type { AuditLog } from './audit.ts';
import { authorize, type AuthContext } from './auth-context.ts';
import { ServiceError } from './errors.ts';
import { newId } from './ids.ts';
import { mailSummary } from './mail-words.ts';
import type { Mailer } from './mailer.ts';
import type { Outbox, OutgoingMail } from './outbox.ts';
import type { WorkspaceScope } from './workspace-scope.ts';

/** Mail sent in one round of the background job (the rest wait for the next). */
const BATCH = 20;
const MINUTE_MS = 60 * 1000;
/** How long one process holds a mail it is sending before another may try it. */
const SENDING_LEASE_MS = 2 * MINUTE_MS;
/** The wait after each failed attempt: 1, 2, 4 … minutes, never more than 6 hours. */
export const retryDelayMs = (attempts: number): number =>
  Math.min(2 ** Math.max(0, attempts - 1) * MINUTE_MS, 6 * 60 * MINUTE_MS);

export interface DurableOutboxOptions {
  store: OutboxStore;
  mailer: Mailer | undefined;
  scope: WorkspaceScope;
  audit: AuditLog;
  now: () => Date;
  logger: Logger;
}

export class DurableOutbox implements Outbox {
  constructor(private readonly options: DurableOutboxOptions) {}

  /** True when mail can be sent at all (SMTP_URL is set). */
  get canSend(): boolean {
    return this.options.mailer !== undefined;
  }

  async enqueue(mail: OutgoingMail): Promise<void> {
    if (!this.canSend) return;
    const at = this.options.now().toISOString();
    await this.options.store.putMail({
      id: newId(),
      workspaceId: mail.workspaceId,
      about: mail.about,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      attachments: [...(mail.attachments ?? [])],
      createdAt: at,
      attempts: 0,
      nextAttemptAt: at,
      lastError: null,
      sentAt: null,
    });
    // Tried at once, so it is usually sent before the facilitator looks; the job retries.
    void this.sendDue().catch((error: unknown) =>
      this.options.logger.warn({ err: error }, 'sending mail from the outbox failed'),
    );
  }

  /** Sends every mail that is due (up to a batch); returns how many were sent. */
  async sendDue(): Promise<number> {
    const { mailer, store, now } = this.options;
    if (!mailer) return 0;
    const due = await store.listDueMail(now().toISOString(), BATCH);
    let sent = 0;
    for (const mail of due) {
      if (await this.sendOne(mailer, mail)) sent++;
    }
    return sent;
  }

  private async sendOne(mailer: Mailer, mail: OutboxMailRecord): Promise<boolean> {
    const { store, now } = this.options;
    const lease = new Date(now().getTime() + SENDING_LEASE_MS).toISOString();
    if (!(await store.claimMail(mail.id, now().toISOString(), lease))) return false;
    try {
      await mailer.send({
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.attachments.length > 0 ? { attachments: mail.attachments } : {}),
      });
      await store.markMailSent(mail.id, now().toISOString());
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const nextAttemptAt = new Date(now().getTime() + retryDelayMs(mail.attempts + 1));
      await store.markMailFailed(mail.id, {
        error: message.slice(0, 500),
        nextAttemptAt: nextAttemptAt.toISOString(),
      });
      this.options.logger.warn({ mailId: mail.id, attempts: mail.attempts + 1 }, 'a mail failed');
      return false;
    }
  }

  /** The mail about these subjects, each with its state in plain words. */
  async statesAbout(abouts: readonly string[]): Promise<Map<string, MailState[]>> {
    const byAbout = new Map<string, MailState[]>();
    for (const mail of await this.options.store.listMailAbout(abouts)) {
      const states = byAbout.get(mail.about) ?? [];
      states.push({
        id: mail.id,
        summary: mailSummary(mail),
        sent: mail.sentAt !== null,
        attempts: mail.attempts,
        lastError: mail.lastError,
        createdAt: mail.createdAt,
      });
      byAbout.set(mail.about, states);
    }
    return byAbout;
  }

  /** "Try again now": a facilitator makes a waiting mail of their workspace due, and sends it. */
  async retryNow(auth: AuthContext, workspaceId: string, mailId: string): Promise<void> {
    await this.options.scope.workspaceFor(auth, workspaceId, 'workspace:recruit');
    const mail = await this.options.store.getMail(mailId);
    if (!mail || mail.workspaceId !== workspaceId) {
      throw new ServiceError('not_found', 'There is no such mail in this workspace');
    }
    if (mail.about.startsWith(aboutJoinRequest(''))) {
      authorize(auth, 'join-request:answer', { workspaceId });
    }
    if (mail.sentAt) return;
    await this.options.store.makeMailDue(mailId, this.options.now().toISOString());
    await this.options.audit.record({
      actorId: auth.userId,
      workspaceId,
      action: 'mail.retried',
      subject: mailId,
    });
    if (this.options.mailer) await this.sendOne(this.options.mailer, { ...mail });
  }
}
