// Poll results as a chart that is also text: each option's bar is a picture, and the words
// beside it ("Agree: 5 of 8") say the same thing for everyone.
import type { PollView } from '@roundtable/shared/domain/meeting/view';
import { AgreementOutcome } from '../versions/index.ts';

export function PollResults({ poll, names }: { poll: PollView; names?: (id: string) => string }) {
  if (!poll.tally) {
    return (
      <p className="rt-muted" data-testid="poll-hidden">
        {poll.voteCount === 1 ? '1 person has voted.' : `${poll.voteCount} people have voted.`} You
        will see the results when the poll closes.
      </p>
    );
  }
  const total = poll.voteCount;
  // An agreement poll shows its outcome first, and the responses open, not folded away.
  // PollView omits votes from a union, which loses the closed state's fields in TypeScript.
  const outcome =
    poll.state === 'closed' && 'outcome' in poll
      ? (poll.outcome as { agreed: boolean; because: string } | undefined)
      : undefined;
  const agreement = poll.kind === 'agreement';
  return (
    <div className="rt-poll-results" data-testid="poll-results">
      {outcome ? <AgreementOutcome outcome={outcome} /> : null}
      <ul className="rt-poll-results__list">
        {poll.tally.map((row) => (
          <li key={row.optionId} className="rt-poll-results__row">
            <span className="rt-poll-results__text">
              {row.label}: {row.count} of {total}
            </span>
            <span className="rt-poll-results__track" aria-hidden="true">
              <span
                className="rt-poll-results__bar"
                style={{ width: total === 0 ? 0 : `${(row.count / total) * 100}%` }}
              />
            </span>
          </li>
        ))}
      </ul>
      {poll.named && names ? (
        <details className="rt-poll-results__named" open={agreement}>
          <summary>Who chose what</summary>
          <ul>
            {poll.named.map((vote) => (
              <li key={vote.userId}>
                {names(vote.userId)}:{' '}
                {poll.options.find((option) => option.id === vote.optionId)?.label ?? ''}
                {vote.reason ? ` – “${vote.reason}”` : ''}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
