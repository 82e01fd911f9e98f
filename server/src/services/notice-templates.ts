// The text each public page starts from, filled in with what Roundtable knows: the privacy
// notice from the data map (what is kept and why) and the retention settings (how long); the
// accessibility statement from how Roundtable is built and tested, and its known limits. An
// administrator adds what only the organisation knows (its name, how to contact it).
import type { NoticeKind } from '@roundtable/shared/protocol/notices';
import { personalDataMap } from '../storage/personal-data-map.ts';

export interface Retention {
  /** Days after a meeting that access needs given with a reply are removed. */
  accessNeedsKeepDays: number;
  /** Days audit entries are kept; null while they are kept until an administrator removes them. */
  auditKeepDays: number | null;
}

export const DEFAULT_RETENTION: Retention = { accessNeedsKeepDays: 30, auditKeepDays: null };

export function noticeTemplate(kind: NoticeKind, retention: Retention): string {
  return kind === 'privacy' ? privacyTemplate(retention) : ACCESSIBILITY_TEMPLATE;
}

/** Every table that holds something about a person, with what it holds, from the data map. */
function keptTableByTable(): string[] {
  return Object.values(personalDataMap)
    .map((entry) => Object.values(entry.person).filter((what) => what !== 'the person'))
    .filter((things) => things.length > 0)
    .map((things) => `- ${things.join('; ')}`);
}

function privacyTemplate({ accessNeedsKeepDays, auditKeepDays }: Retention): string {
  const audit =
    auditKeepDays === null
      ? 'Records of who did what (the audit log) are kept until an administrator removes them.'
      : `Records of who did what (the audit log) are kept for ${auditKeepDays} days.`;
  return [
    '## Who we are',
    '[Write the name of your organisation, and how to contact your data protection officer.]',
    '',
    '## What we keep about you, and why',
    'We keep what you need to take part in writing together:',
    '- **Your name**, so people know who wrote what. Your email address, only if you give it.',
    '- **How you like information** (for example Easy Read or large print), so we can give it to you that way.',
    '- **What you write**: the text, comments and suggestions. The text belongs to the group’s document.',
    '- **Your replies to meetings**, with what you need to take part (your access needs), so the facilitator can plan.',
    '- **Your votes and answers**, so the group can decide together.',
    '- **When you signed in**, to keep your account safe.',
    '',
    'You choose whether your name is shown in the record of who took part, at the end of exported drafts. You can change this in **My profile**.',
    '',
    '## How long we keep it',
    `- Access needs you give with a meeting reply are removed ${accessNeedsKeepDays} days after the meeting.`,
    `- ${audit}`,
    '- Everything else is kept while you are a member. Ask us and we will erase it.',
    '',
    '## Your rights',
    'You can have a copy of everything we keep about you: open **My profile** and press **Download my data**. You can ask us to correct it or erase it.',
    '',
    '## Cookies',
    'We use only the cookies needed to keep you signed in. See [the cookie statement](/cookies).',
    '',
    '## Everything we keep, in detail',
    ...keptTableByTable(),
  ].join('\n');
}

const ACCESSIBILITY_TEMPLATE = [
  '## Our aim',
  'We want everyone to be able to use Roundtable: people who use a keyboard only, screen readers, larger text or Easy Read. Roundtable aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA.',
  '',
  '## How we test it',
  '- Every page is checked with axe-core in the automatic tests, with no problems allowed.',
  '- The main journeys are tested with the keyboard only: joining, writing, commenting, meetings, voting.',
  '- What happens to other people (someone joins, a poll opens, your turn to speak) is announced to screen readers, and the tests check it.',
  '',
  '## What you can change',
  'Open **Display** at the top of any page for larger text, high contrast, wider spacing, an easy-to-read font and reading aloud.',
  '',
  '## Known limits',
  '- An observer’s draft cannot be changed, so it has no cursor. Observers who may comment can select words with a mouse or touch screen; with the keyboard alone they need the browser’s caret browsing (F7 in Chrome, Edge and Firefox).',
  '- A suggested new paragraph is kept as its words; the paragraph break itself is not marked.',
  '',
  '## Tell us about a problem',
  '[Write how people can tell you about a problem, and how soon you will answer.]',
  '',
  '[Write the date this statement was last checked.]',
].join('\n');
