// Mail the server sends on its own (to people who asked to join, to people who booked a place):
// put in the store first, so nothing is lost while SMTP is down, then sent and retried in the
// background; facilitators see what is waiting and what failed.

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface OutgoingMail {
  workspaceId: string;
  /** What the mail is about, e.g. `join-request:<id>` or `booking:<id>`: shown in the queue, erased with its subject. */
  about: string;
  to: string;
  subject: string;
  text: string;
  attachments?: readonly MailAttachment[];
}

export interface Outbox {
  /** Stores the mail to be sent; resolves once it is stored, not once it is sent. */
  enqueue(mail: OutgoingMail): Promise<void>;
}
