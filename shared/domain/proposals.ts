// Agreeing a version between meetings: a facilitator proposes a version with a closing date;
// each person who may take part gives one response (the agreement poll's four answers, with a
// reason where that poll asks for one), changeable until the close; then the workspace's
// agreement rule decides. Pure: the response and the outcome come from the same rules as the
// meeting's agreement poll (castVote, decideAgreement), seen through a Poll made from the
// proposal.
import {
  decideAgreement,
  type AgreementOutcome,
  type AgreementResponseKind,
  type AgreementRule,
} from './agreement.ts';
import { PollRuleBroken, castVote, readyMadeOptions, type Poll } from './meeting/polls.ts';

/** The latest closing date a facilitator may choose, counted from when they propose. */
export const MAX_PROPOSAL_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

export const proposalStates = ['open', 'agreed', 'not-agreed', 'withdrawn'] as const;
export type ProposalState = (typeof proposalStates)[number];

export interface ProposalResponse {
  userId: string;
  kind: AgreementResponseKind;
  reason: string;
  respondedAt: string;
}

export interface ProposalOutcome extends AgreementOutcome {
  /** The rule that decided, as it was at the close. */
  rule: AgreementRule;
}

export interface Proposal {
  id: string;
  documentId: string;
  versionId: string;
  proposedBy: string;
  createdAt: string;
  closesAt: string;
  state: ProposalState;
  /** One per person, in the order they first responded. */
  responses: ProposalResponse[];
  /** When it was decided or withdrawn; null while open. */
  decidedAt: string | null;
  /** Who withdrew it; null otherwise. */
  withdrawnBy: string | null;
  /** What the rule decided; null while open and when withdrawn. */
  outcome: ProposalOutcome | null;
}

/** How an open proposal ends: decided by the rule, or withdrawn by a facilitator. */
export interface Settlement {
  state: Exclude<ProposalState, 'open'>;
  decidedAt: string;
  withdrawnBy: string | null;
  outcome: ProposalOutcome | null;
}

export class ProposalRuleBroken extends Error {
  override readonly name = 'ProposalRuleBroken';
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** The closing date as stored (ISO, UTC), or why it cannot be used. */
export function checkClosingDate(closesAt: string, now: Date): string {
  const closes = new Date(closesAt);
  if (Number.isNaN(closes.getTime())) {
    throw new ProposalRuleBroken('Please give a closing date and time.', 'closesAt');
  }
  if (closes.getTime() <= now.getTime()) {
    throw new ProposalRuleBroken('The closing date must be in the future.', 'closesAt');
  }
  if (closes.getTime() > now.getTime() + MAX_PROPOSAL_DAYS * DAY_MS) {
    throw new ProposalRuleBroken(
      `The closing date can be at most ${MAX_PROPOSAL_DAYS} days from now.`,
      'closesAt',
    );
  }
  return closes.toISOString();
}

/** Whether people can still respond at `now`. */
export function isAcceptingResponses(proposal: Proposal, now: Date): boolean {
  return proposal.state === 'open' && new Date(proposal.closesAt).getTime() > now.getTime();
}

/** An open proposal whose closing time has come, which the rule should now decide. */
export function isDue(proposal: Proposal, now: Date): boolean {
  return proposal.state === 'open' && new Date(proposal.closesAt).getTime() <= now.getTime();
}

/** The proposal as an agreement poll, so the meeting's rules apply to it unchanged. */
export function asPoll(proposal: Proposal): Poll {
  const base = {
    id: proposal.id,
    question: 'Do we agree this version?',
    kind: 'agreement' as const,
    options: readyMadeOptions.agreement,
    anonymous: false,
    results: 'on-close' as const,
    agendaItemId: null,
    versionId: proposal.versionId,
    locksDraft: false,
    openedAt: Date.parse(proposal.createdAt),
    votes: Object.fromEntries(
      proposal.responses.map((r) => [
        r.userId,
        { optionId: r.kind, reason: r.reason, votedAt: Date.parse(r.respondedAt) },
      ]),
    ),
  };
  return proposal.state === 'open'
    ? { ...base, state: 'open' }
    : { ...base, state: 'closed', closedAt: Date.parse(proposal.decidedAt ?? proposal.closesAt) };
}

/** One person's response, checked by the agreement poll's rules (a reason where it asks). */
export function makeResponse(
  proposal: Proposal,
  input: { userId: string; kind: AgreementResponseKind; reason: string },
  now: Date,
): ProposalResponse {
  if (!isAcceptingResponses(proposal, now)) {
    throw new ProposalRuleBroken('This vote has closed, so responses can no longer change.');
  }
  try {
    const voted = castVote(asPoll(proposal), input.userId, input.kind, input.reason, now.getTime());
    const vote = voted.votes[input.userId];
    if (!vote) throw new ProposalRuleBroken('That response was refused.');
    return {
      userId: input.userId,
      kind: input.kind,
      reason: vote.reason,
      respondedAt: now.toISOString(),
    };
  } catch (error) {
    if (error instanceof PollRuleBroken) throw new ProposalRuleBroken(error.message, 'reason');
    throw error;
  }
}

/** What the workspace's rule decides from the responses, at the close. */
export function decide(proposal: Proposal, rule: AgreementRule, now: Date): Settlement {
  const outcome = decideAgreement(asPoll(proposal), rule);
  return {
    state: outcome.agreed ? 'agreed' : 'not-agreed',
    decidedAt: now.toISOString(),
    withdrawnBy: null,
    outcome: { ...outcome, rule },
  };
}

export function withdraw(userId: string, now: Date): Settlement {
  return { state: 'withdrawn', decidedAt: now.toISOString(), withdrawnBy: userId, outcome: null };
}

/** Applies a settlement to an open proposal (what a store does, as a pure function). */
export function settle(proposal: Proposal, settlement: Settlement): Proposal {
  return { ...proposal, ...settlement };
}
