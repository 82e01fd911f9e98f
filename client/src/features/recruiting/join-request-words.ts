// How a join request is described to facilitators, in plain words.
import type { Contact, JoinRequest } from '@roundtable/shared/protocol/recruiting';

export const stateWords: Record<JoinRequest['state'], string> = {
  new: 'Waiting for an answer',
  invited: 'Invited',
  asked: 'Asked a question',
  declined: 'Declined',
  joined: 'Joined',
};

export function contactWords(contact: Contact): string {
  switch (contact.way) {
    case 'email':
      return `By email: ${contact.email}`;
    case 'phone':
      return `By phone: ${contact.phone}`;
    case 'post':
      return `By post: ${contact.address.replace(/\s*\n\s*/g, ', ')}`;
    case 'supporter':
      return `Through their supporter ${contact.supporterName}: ${contact.supporterContact}`;
  }
}

/** What facilitators are told when the address they gave is already known (never the public). */
export const emailAccountWords: Record<JoinRequest['emailAccount'], string | null> = {
  none: null,
  account:
    'This email already has an account. Invite them as a member: they sign in first, then open the link, and your group is added to their account.',
  member: 'This email already belongs to a member of this group.',
};

/** Whether an answer goes by email (they gave one, and the server can send mail). */
export const goesByEmail = (request: JoinRequest, canEmail: boolean): boolean =>
  canEmail && request.contact.way === 'email';
