// One proposal to agree a version between meetings, as everyone sees it. While voting is open:
// the version, who asked, when voting closes, how many have responded, and the same answer form
// as the meeting's agreement poll; a facilitator can withdraw it. Once closed: the outcome in
// words with a picture, and every response.
import { useId, useState } from 'react';
import {
  agreementResponseKinds,
  type AgreementResponseKind,
} from '@roundtable/shared/domain/agreement';
import type { ProposalSummary } from '@roundtable/shared/protocol/proposals';
import { Button, CrossIcon, VisuallyHidden } from '../../ui/index.ts';
import { ResponseForm } from '../polls/index.ts';
import { AgreementOutcome } from './AgreementOutcome.tsx';
import { respondToProposal, withdrawProposal } from './api.ts';
import {
  agreementOptions,
  answerLabel,
  closingWords,
  responseCountWords,
} from './proposal-words.ts';
import { whenWords } from './words.ts';

export interface ProposalCardProps {
  proposal: ProposalSummary;
  versionName: string;
  /** "you", a name, or null when unknown. */
  nameOf: (userId: string) => string | null;
  mayTakePart: boolean;
  mayWithdraw: boolean;
  /** The proposal changed because of something this person did. */
  onChanged: (proposal: ProposalSummary) => void;
}

export function ProposalCard({
  proposal,
  versionName,
  nameOf,
  mayTakePart,
  mayWithdraw,
  onChanged,
}: ProposalCardProps) {
  const headingId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const who = (userId: string) => nameOf(userId) ?? 'Someone';
  const open = proposal.state === 'open';

  const withdraw = async () => {
    setProblem(null);
    const result = await withdrawProposal(proposal.id);
    if (result.ok) onChanged(result.data);
    else setProblem(result.problem.message);
  };

  return (
    <article
      className={`rt-poll rt-proposal${open ? '' : ' rt-poll--closed'}`}
      aria-labelledby={headingId}
      data-testid="proposal"
    >
      <h3 id={headingId} className="rt-poll__question">
        Do we agree the version “{versionName}”?
      </h3>
      <p>
        {capitalise(who(proposal.proposedBy))} asked the group {whenWords(proposal.createdAt)}.{' '}
        <strong>{closingWords(proposal)}.</strong>
      </p>
      {open ? (
        <>
          <p data-testid="response-count">{responseCountWords(proposal.responseCount)}</p>
          {mayTakePart ? (
            <ResponseForm
              name={`proposal-${proposal.id}`}
              options={agreementOptions}
              current={
                proposal.myResponse
                  ? { optionId: proposal.myResponse.kind, reason: proposal.myResponse.reason }
                  : null
              }
              onSend={async (optionId, reason) => {
                const kind = optionId;
                if (!isResponseKind(kind)) return false;
                const result = await respondToProposal(proposal.id, { kind, reason });
                if (!result.ok) {
                  setProblem(result.problem.message);
                  return false;
                }
                setProblem(null);
                onChanged(result.data);
                return true;
              }}
              words={{
                send: 'Send my answer',
                change: 'Change my answer',
                current: (label) => `Your answer: ${label}. You can change it until voting closes.`,
              }}
              testId="my-answer"
            />
          ) : (
            <p className="rt-muted">You can see this vote, but not take part in it.</p>
          )}
          {mayWithdraw ? (
            <Button icon={<CrossIcon />} onClick={() => void withdraw()}>
              Withdraw this question <VisuallyHidden>about “{versionName}”</VisuallyHidden>
            </Button>
          ) : null}
        </>
      ) : (
        <ClosedProposal proposal={proposal} who={who} />
      )}
      {problem ? (
        <p className="rt-form-error" role="alert">
          {problem}
        </p>
      ) : null}
    </article>
  );
}

function ClosedProposal({
  proposal,
  who,
}: {
  proposal: ProposalSummary;
  who: (userId: string) => string;
}) {
  if (proposal.state === 'withdrawn') {
    return (
      <p>
        {capitalise(who(proposal.withdrawnBy ?? proposal.proposedBy))} withdrew this question
        {proposal.decidedAt ? ` ${whenWords(proposal.decidedAt)}` : ''}.
      </p>
    );
  }
  return (
    <>
      {proposal.outcome ? <AgreementOutcome outcome={proposal.outcome} /> : null}
      {proposal.responses.length > 0 ? (
        <>
          <h4>What people said</h4>
          <ul className="rt-proposal__responses" data-testid="proposal-responses">
            {proposal.responses.map((response) => (
              <li key={response.userId}>
                <strong>{capitalise(who(response.userId))}</strong>: {answerLabel(response.kind)}
                {response.reason ? ` – “${response.reason}”` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function isResponseKind(kind: string | undefined): kind is AgreementResponseKind {
  return (agreementResponseKinds as readonly (string | undefined)[]).includes(kind);
}

const capitalise = (words: string): string => words.charAt(0).toUpperCase() + words.slice(1);
