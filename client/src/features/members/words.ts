// Roles, "how I take part", "how I like information" and dates, in plain words.
import type { Role } from '@roundtable/shared/domain/policy';
import type { InformationPreferences, TakePart } from '@roundtable/shared/protocol/people';

export const ROLE_NAMES: Record<Role, string> = {
  facilitator: 'Facilitator',
  member: 'Member',
  observer: 'Observer',
};

export const ROLE_HINTS: Record<Role, string> = {
  facilitator: 'runs meetings, invites people and manages members',
  member: 'reads, writes and votes',
  observer: 'reads only',
};

export const TAKE_PART_WORDS: Record<TakePart, string> = {
  lived_experience: 'Lived experience',
  family_carer: 'Family carer',
  staff: 'Staff',
  partner: 'Partner organisation',
};

/** "Larger text, Easy Read" etc.; an empty list when the person chose nothing. */
export function informationWords(information: InformationPreferences): string[] {
  const words: string[] = [];
  if (information.largerText) words.push('Larger text');
  if (information.easyRead) words.push('Easy Read');
  if (information.readAloud) words.push('Things read aloud');
  if (information.supporter) words.push('Comes with a supporter');
  return words;
}

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
