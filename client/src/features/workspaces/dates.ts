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

export function formatDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dayFormat.format(date);
}

export function formatDayAndTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dayAndTimeFormat.format(date);
}

/** The last day a document in the bin can be restored. */
export function binKeptUntil(deletedAtIso: string): string {
  const date = new Date(deletedAtIso);
  if (Number.isNaN(date.getTime())) return '';
  date.setUTCDate(date.getUTCDate() + BIN_RETENTION_DAYS);
  return dayFormat.format(date);
}
