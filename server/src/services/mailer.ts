// Sending sign-in links by email when SMTP_URL is set (smtp://user:pass@host:port, or smtps://).
// nodemailer is loaded with the first mail, so a server without SMTP never loads it.
import type { Transporter } from 'nodemailer';
import type { Config } from '../config.ts';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** Files sent with it (a calendar file for a booking). */
  attachments?: readonly { filename: string; contentType: string; content: string }[];
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

export function smtpMailer(smtpUrl: string, from: string): Mailer {
  let transport: Promise<Transporter> | undefined;
  const connected = () =>
    (transport ??= import('nodemailer').then(({ default: nodemailer }) =>
      nodemailer.createTransport(smtpUrl),
    ));
  return {
    async send({ attachments, ...mail }) {
      await (
        await connected()
      ).sendMail({
        from,
        ...mail,
        ...(attachments ? { attachments: attachments.map((file) => ({ ...file })) } : {}),
      });
    },
  };
}

/** The SMTP mailer when SMTP_URL is set, sending from no-reply at PUBLIC_URL's host; else none. */
export function configuredMailer(
  config: Pick<Config, 'smtpUrl' | 'publicUrl'>,
): Mailer | undefined {
  if (!config.smtpUrl) return undefined;
  const host = config.publicUrl ? new URL(config.publicUrl).hostname : 'localhost';
  return smtpMailer(config.smtpUrl, `Roundtable <no-reply@${host}>`);
}
