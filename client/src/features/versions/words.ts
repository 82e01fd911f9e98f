// Versions in plain words: who or what saved one, and when.
import type { VersionSummary } from '@roundtable/shared/protocol/documents';

export function whenWords(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  const day = (d: Date) => d.toDateString();
  const yesterday = new Date(now);
  yesterday.setDate(now.getDate() - 1);
  if (day(date) === day(now)) return `today at ${time}`;
  if (day(date) === day(yesterday)) return `yesterday at ${time}`;
  const dayWords = date.toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return `on ${dayWords} at ${time}`;
}

export function dayWords(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

/** "Saved by Sam", "Saved automatically at the end of the meeting" … */
export function savedByWords(
  version: VersionSummary,
  nameOf: (userId: string) => string | null,
): string {
  const who = version.createdBy ? (nameOf(version.createdBy) ?? 'someone') : null;
  switch (version.kind) {
    case 'named':
      return `Saved by ${who ?? 'someone'}`;
    case 'meeting-end':
      return 'Saved automatically at the end of the meeting';
    case 'quiet':
      return 'Saved automatically after people stopped writing';
    case 'before-restore':
      return `Kept automatically before ${who ?? 'someone'} restored an older version`;
    default: {
      const unreachable: never = version.kind;
      return unreachable;
    }
  }
}
