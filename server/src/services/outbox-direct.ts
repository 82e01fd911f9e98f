// An outbox that sends at once: through the mailer when SMTP is set, else it only logs that
// nothing was sent. A mail that fails is logged, never thrown: the booking it is about stands.
import type { Logger } from 'pino';
import type { Mailer } from './mailer.ts';
import type { Outbox } from './outbox.ts';

export function directOutbox(mailer: Mailer | undefined, logger: Logger): Outbox {
  return {
    async enqueue(mail) {
      if (!mailer) {
        logger.info({ about: mail.about }, 'no mail sent: SMTP_URL is not set');
        return;
      }
      const { to, subject, text, attachments } = mail;
      await mailer
        .send({ to, subject, text, ...(attachments ? { attachments } : {}) })
        .catch((error: unknown) =>
          logger.warn({ err: error, about: mail.about }, 'sending a mail failed'),
        );
    },
  };
}
