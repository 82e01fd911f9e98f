// Suggestions in words: when, in the way people say it ("5 minutes ago"), and who.
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long' });

export function whenInWords(iso: string | null, now: Date = new Date()): string {
  if (!iso) return 'a while ago';
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return 'a while ago';
  const minutes = Math.round((now.getTime() - then.getTime()) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes === 1) return '1 minute ago';
  if (minutes < 60) return `${minutes} minutes ago`;
  const hours = Math.round(minutes / 60);
  if (hours === 1) return '1 hour ago';
  if (hours < 24) return `${hours} hours ago`;
  return `on ${dayFormat.format(then)}`;
}

/** "Sam suggests: adds ‘more support at home’" for announcements and labels. */
export function suggestionSentence(who: string, what: string): string {
  return `${who} suggests: ${what}`;
}
