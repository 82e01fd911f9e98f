// Roles, "how I take part" and "how I like information", in plain words.
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
