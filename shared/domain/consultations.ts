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

// Dots written another way: the ideographic and full-width stops, and "[.]" "(.)" "{.}".
const DOTS = /[\u3002\uFF0E\uFF61]|\[\.\]|\(\.\)|\{\.\}/g;
// Characters that change the order text shows in: with them, a link can be typed backwards.
const DIRECTION = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** The text as a reader sees it: compatibility forms folded, invisible characters gone. */
export function visibleText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .replace(DOTS, '.');
}

/** Whether a text holds a link: refused from people who are not signed in (spam). */
export function holdsLink(text: string): boolean {
  const seen = visibleText(text);
  if (LINK.test(seen)) return true;
  return DIRECTION.test(text) && LINK.test([...seen].reverse().join(''));
}

/** Whether a comment has words anyone can see (not only spaces or invisible characters). */
export function hasVisibleWords(text: string): boolean {
  return visibleText(text).replace(/[\p{Cc}\p{Z}\s]/gu, '') !== '';
}
