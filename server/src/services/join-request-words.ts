// What the group sends a person who asked to join, in plain words: the mail's subject and the
// words of a mail or a printed letter (the same words either way).
import type { AnswerJoinRequestBody, Contact } from '@roundtable/shared/protocol/recruiting';

export function answerSubject(kind: AnswerJoinRequestBody['kind'], group: string): string {
  if (kind === 'invite') return `You are invited to join ${group}`;
  if (kind === 'ask') return `A question about joining ${group}`;
  return `About joining ${group}`;
}

export function answerText(input: {
  kind: AnswerJoinRequestBody['kind'];
  name: string;
  group: string;
  message: string;
  link: string | null;
  /** Their email address already has an account: they sign in first, then open the link. */
  hasAccount?: boolean;
}): string {
  const lines = [`Dear ${input.name},`, ''];
  if (input.kind === 'invite') {
    lines.push(`Thank you for asking to join ${input.group}. We would like you to join us.`);
  } else if (input.kind === 'ask') {
    lines.push(`Thank you for asking to join ${input.group}. We would like to ask you something.`);
  }
  if (input.message) lines.push('', input.message);
  if (input.kind === 'ask') {
    lines.push('', 'Please answer us the same way you asked to join, or through your supporter.');
  }
  if (input.link) {
    lines.push(
      '',
      'To join, open this link on a computer, tablet or phone:',
      input.link,
      '',
      ...(input.hasAccount
        ? [
            'You already have a Roundtable account with this email address. Sign in first, then open the link: the group is added to your account.',
            '',
          ]
        : []),
      'The link works for 30 days. If you need help, ask someone you trust, or ask us.',
    );
  }
  lines.push('', `With best wishes,`, input.group);
  return lines.join('\n');
}

/** Where a letter goes, as written on it: their address, or their supporter's details. */
export function letterAddress(contact: Contact): string {
  switch (contact.way) {
    case 'post':
      return contact.address;
    case 'supporter':
      return `Care of ${contact.supporterName}\n${contact.supporterContact}`;
    case 'email':
      return contact.email;
    case 'phone':
      return `Phone: ${contact.phone}`;
  }
}
