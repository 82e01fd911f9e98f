// Comments in plain words: times the way people say them, and what is read out when someone
// else comments.
import type { CommentChange, CommentsNotice } from '@roundtable/shared/protocol/comments';

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/** "just now", "5 minutes ago", "2 hours ago", "yesterday at 14:05", "3 March at 09:30". */
export function timeInWords(iso: string, now: Date): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const minutes = Math.floor((now.getTime() - date.getTime()) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes === 1) return '1 minute ago';
  if (minutes < 60) return `${minutes} minutes ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 6) return hours === 1 ? '1 hour ago' : `${hours} hours ago`;
  const startOfToday = new Date(now);
  startOfToday.setHours(0, 0, 0, 0);
  const startOfYesterday = new Date(startOfToday);
  startOfYesterday.setDate(startOfYesterday.getDate() - 1);
  const time = timeFormat.format(date);
  if (date >= startOfToday) return `today at ${time}`;
  if (date >= startOfYesterday) return `yesterday at ${time}`;
  return `${dayFormat.format(date)} at ${time}`;
}

/** A quote short enough to read out. */
export function shortQuote(quote: string, max = 60): string {
  return quote.length <= max ? quote : `${quote.slice(0, max - 1).trimEnd()}…`;
}

const verbs: Record<CommentChange, string> = {
  created: 'commented on',
  replied: 'replied about',
  edited: 'changed a comment on',
  deleted: 'deleted a comment on',
  resolved: 'resolved the comments on',
  reopened: 'reopened the comments on',
};

/** 'Rachel commented on "independent living"'. */
export function announcementOf(notice: Pick<CommentsNotice, 'change' | 'actorName' | 'quote'>) {
  return `${notice.actorName} ${verbs[notice.change]} “${shortQuote(notice.quote)}”.`;
}
