// Dates in words, the way people say them in the UK: "23 November 2025".
import { BIN_RETENTION_DAYS } from '@roundtable/shared/protocol/documents';

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

const dayAndTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

export function dayWords(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dayFormat.format(date);
}

export function dayAndTimeWords(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dayAndTimeFormat.format(date);
}

/** "Works until 7 December 2026 (in 14 days)", or "Expired on …". */
export function expiryWords(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const ms = date.getTime() - now.getTime();
  if (ms <= 0) return `Expired on ${dayWords(iso)}`;
  const hours = Math.round(ms / 3_600_000);
  if (hours < 48) {
    const inWords = hours <= 1 ? 'less than an hour' : `${hours} hours`;
    return `Works for ${inWords}, until ${dayAndTimeWords(iso)}`;
  }
  const days = Math.round(ms / 86_400_000);
  return `Works until ${dayWords(iso)} (${days} days from now)`;
}

/** The last day a document in the bin can be restored. */
export function binKeptUntil(deletedAtIso: string): string {
  const date = new Date(deletedAtIso);
  if (Number.isNaN(date.getTime())) return '';
  date.setUTCDate(date.getUTCDate() + BIN_RETENTION_DAYS);
  return dayFormat.format(date);
}
