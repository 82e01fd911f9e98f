// Deciding whether the group agreed a version, by the workspace's agreement rule.
import type { Poll } from './meeting/polls.ts';

export type AgreementRule =
  | { kind: 'no-one-disagrees' }
  /** Agreed when at least this share of those voting agree (with or without concerns). */
  | { kind: 'share'; percent: number };

/** The four answers to "do we agree this version?", the ids of the agreement poll's options. */
export const agreementResponseKinds = ['agree', 'concerns', 'disagree', 'more-time'] as const;
export type AgreementResponseKind = (typeof agreementResponseKinds)[number];

export const defaultAgreementRule: AgreementRule = { kind: 'no-one-disagrees' };

export interface AgreementOutcome {
  agreed: boolean;
  /** The reason in plain words, shown to everyone with the responses. */
  because: string;
  counts: Record<AgreementResponseKind, number>;
}

export function decideAgreement(poll: Poll, rule: AgreementRule): AgreementOutcome {
  const counts: Record<AgreementResponseKind, number> = {
    agree: 0,
    concerns: 0,
    disagree: 0,
    'more-time': 0,
  };
  for (const vote of Object.values(poll.votes)) {
    if (vote.optionId in counts) counts[vote.optionId as keyof typeof counts] += 1;
  }
  const voting = counts.agree + counts.concerns + counts.disagree + counts['more-time'];
  if (voting === 0) return { agreed: false, because: 'Nobody responded.', counts };
  switch (rule.kind) {
    case 'no-one-disagrees': {
      if (counts.disagree > 0) {
        return { agreed: false, because: `${counts.disagree} of ${voting} disagreed.`, counts };
      }
      if (counts['more-time'] > 0) {
        return {
          agreed: false,
          because: `${counts['more-time']} of ${voting} asked for more time.`,
          counts,
        };
      }
      return { agreed: true, because: `Nobody disagreed (${voting} responded).`, counts };
    }
    case 'share': {
      const share = Math.round(((counts.agree + counts.concerns) / voting) * 100);
      return {
        agreed: share >= rule.percent,
        because: `${share}% of those who responded agreed; the rule needs ${rule.percent}%.`,
        counts,
      };
    }
    default: {
      const unreachable: never = rule;
      return unreachable;
    }
  }
}
