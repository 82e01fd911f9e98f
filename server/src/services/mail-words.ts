// How the state of a mail in the outbox is said to a facilitator, in plain words.
import type { OutboxMailRecord } from '../storage/recruiting-ports.ts';

const day = (iso: string): string =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });

const times = (count: number): string => (count === 1 ? 'once' : `${count} times`);

/** What a mail server's error means, in words a facilitator can act on. */
export function plainMailError(error: string): string {
  if (
    /ECONNREFUSED|ETIMEDOUT|ENOTFOUND|EHOSTUNREACH|timeout|Greeting never received/i.test(error)
  ) {
    return 'the mail server did not answer';
  }
  if (/auth/i.test(error)) return 'the mail server did not accept our password';
  if (/recipient|mailbox|550|553/i.test(error)) return 'the mail server refused the address';
  return 'the mail server said there was a problem';
}

export function mailSummary(mail: OutboxMailRecord): string {
  if (mail.sentAt) return `Sent on ${day(mail.sentAt)}`;
  if (mail.attempts === 0) return 'Waiting to send';
  const why = mail.lastError ? `, ${plainMailError(mail.lastError)}` : '';
  return `Waiting to send: tried ${times(mail.attempts)}${why}`;
}
