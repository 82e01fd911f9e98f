// One comment as the workspace sees it. Facilitators approve or reject a waiting one (a reason
// for rejecting stays inside the group), mark what an approved one led to once the consultation
// has closed, and erase the commenter's name and contact (and words, if asked).
import { useState } from 'react';
import type { CommentOutcome, MemberComment } from '@roundtable/shared/protocol/consultations';
import type { ApiResult } from '../../app/http.ts';
import { Button, SelectField, TextField, useSubmit } from '../../ui/index.ts';
import { eraseComment, markOutcome, moderateComment } from './api.ts';
import { outcomeWords } from './words.ts';

export interface CommentCardProps {
  consultationId: string;
  comment: MemberComment;
  paragraphNumber: number;
  runs: boolean;
  closed: boolean;
  onChanged: (message: string) => void;
}

const outcomeOptions: { value: CommentOutcome; label: string }[] = (
  Object.keys(outcomeWords) as CommentOutcome[]
).map((value) => ({ value, label: outcomeWords[value] }));

export function CommentCard(props: CommentCardProps) {
  const { consultationId, comment, paragraphNumber, runs, closed, onChanged } = props;
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<CommentOutcome>(comment.outcome ?? 'changed');
  const [outcomeReason, setOutcomeReason] = useState(comment.outcomeReason ?? '');
  const submit = useSubmit();
  const act = (work: () => Promise<ApiResult<MemberComment>>, message: string) =>
    submit.run(async () => {
      submit.setError(null);
      const result = await work();
      if (result.ok) onChanged(message);
      else submit.setError(result.problem.message);
    });
  const about = `the comment on paragraph ${paragraphNumber}`;
  return (
    <li className="rt-card rt-consultation__comment" data-testid="managed-comment">
      <p className="rt-muted">Paragraph {paragraphNumber}</p>
      <p className="rt-consultation__comment-body">{comment.body}</p>
      <p className="rt-muted">
        {comment.erased
          ? 'Name and contact erased'
          : comment.name
            ? `From ${comment.name}`
            : 'No name given'}
        {runs && comment.contact ? ` · Contact: ${comment.contact}` : ''}
      </p>
      {comment.state === 'rejected' && comment.rejectReason ? (
        <p>Why it was rejected: {comment.rejectReason}</p>
      ) : null}
      {comment.outcome ? (
        <p className="rt-consultation__outcome">
          <strong>{outcomeWords[comment.outcome]}</strong>
          {comment.outcomeReason ? `: ${comment.outcomeReason}` : null}
        </p>
      ) : null}
      {runs && comment.state === 'pending' ? (
        <div className="rt-consultation__actions">
          <Button
            variant="primary"
            disabled={submit.busy}
            onClick={() =>
              void act(
                () => moderateComment(consultationId, comment.id, { decision: 'approve' }),
                'Approved. The comment now shows on the public page.',
              )
            }
          >
            Approve <span className="rt-visually-hidden">{about}</span>
          </Button>
          <TextField
            label="Reason for rejecting (kept inside the group, you do not have to give it)"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <Button
            variant="danger"
            disabled={submit.busy}
            onClick={() =>
              void act(
                () =>
                  moderateComment(consultationId, comment.id, {
                    decision: 'reject',
                    ...(reason.trim() ? { reason } : {}),
                  }),
                'Rejected. The comment does not show on the public page.',
              )
            }
          >
            Reject <span className="rt-visually-hidden">{about}</span>
          </Button>
        </div>
      ) : null}
      {runs && closed && comment.state === 'approved' ? (
        <form
          className="rt-consultation__actions"
          aria-label={`What ${about} led to`}
          onSubmit={(event) => {
            event.preventDefault();
            void act(
              () =>
                markOutcome(consultationId, comment.id, {
                  outcome,
                  ...(outcomeReason.trim() ? { reason: outcomeReason } : {}),
                }),
              'Saved what this comment led to.',
            );
          }}
        >
          <SelectField<CommentOutcome>
            label="What it led to"
            value={outcome}
            options={outcomeOptions}
            onChange={setOutcome}
          />
          <TextField
            label={
              outcome === 'not-taken'
                ? 'Because… (needed)'
                : 'More about it (you do not have to give it)'
            }
            value={outcomeReason}
            onChange={(event) => setOutcomeReason(event.target.value)}
          />
          <Button type="submit" disabled={submit.busy}>
            Save the outcome <span className="rt-visually-hidden">of {about}</span>
          </Button>
        </form>
      ) : null}
      {runs && !comment.erased ? (
        <div className="rt-consultation__actions">
          <Button
            disabled={submit.busy}
            onClick={() =>
              void act(
                () => eraseComment(consultationId, comment.id, false),
                'The name and contact are erased. The words stay.',
              )
            }
          >
            Erase name and contact <span className="rt-visually-hidden">of {about}</span>
          </Button>
          <Button
            variant="danger"
            disabled={submit.busy}
            onClick={() =>
              void act(
                () => eraseComment(consultationId, comment.id, true),
                'The name, contact and words are erased.',
              )
            }
          >
            Erase name, contact and words <span className="rt-visually-hidden">of {about}</span>
          </Button>
        </div>
      ) : null}
      {submit.error ? (
        <p className="rt-form-error" role="alert">
          {submit.error}
        </p>
      ) : null}
    </li>
  );
}
