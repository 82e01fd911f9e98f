// Pure rules of a public consultation on a draft: whether it is open, and what a comment from
// someone not signed in may not hold.

/** Open until it was closed early or its closing date passed. */
export function isOpen(
  consultation: { closesAt: string; closedAt: string | null },
  now: Date,
): boolean {
  return consultation.closedAt === null && now.getTime() < Date.parse(consultation.closesAt);
}

// An address (http://, www.) or a bare domain name with a common ending.
const LINK =
  /(?:[a-z][a-z0-9+.-]*:\/\/|\bwww\.|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|uk|io|info|biz|ru|cn|co|xyz|me|ly|gl|link|site|online|top|shop)\b)/i;

/** Whether a text holds a link: refused from people who are not signed in (spam). */
export function holdsLink(text: string): boolean {
  return LINK.test(text);
}
