// Answering a join request: invite them, ask a question, or decline with a kind message (the
// kind default can be changed). It goes by email when they gave an address and mail is set up;
// otherwise the facilitator prints a letter.
import { useState } from 'react';
import {
  DEFAULT_DECLINE_MESSAGE,
  type AnswerJoinRequestBody,
  type JoinRequest,
} from '@roundtable/shared/protocol/recruiting';
import { Button, TextArea, useSubmit } from '../../ui/index.ts';
import { answerJoinRequest } from './api.ts';

type Kind = AnswerJoinRequestBody['kind'];

const labels: Record<Kind, { button: string; message: string; send: string }> = {
  invite: {
    button: 'Invite',
    message: 'A message with the invitation (if you want to add one)',
    send: 'Send the invitation',
  },
  ask: { button: 'Ask a question', message: 'Your question', send: 'Send the question' },
  decline: { button: 'Decline kindly', message: 'Your message', send: 'Send the message' },
};

export function AnswerForm({
  workspaceId,
  request,
  byEmail,
  onAnswered,
}: {
  workspaceId: string;
  request: JoinRequest;
  byEmail: boolean;
  onAnswered: (answered: JoinRequest) => void;
}) {
  const [kind, setKind] = useState<Kind | null>(null);
  const [message, setMessage] = useState('');
  const submit = useSubmit();
  const open = (chosen: Kind) => {
    setKind(chosen);
    setMessage(chosen === 'decline' ? DEFAULT_DECLINE_MESSAGE : '');
  };
  const send = async () => {
    if (!kind) return;
    const result = await answerJoinRequest(workspaceId, request.id, { kind, message });
    if (!result.ok) return submit.setError(result.problem.message);
    setKind(null);
    onAnswered(result.data);
  };
  if (request.state === 'joined') return null;
  return (
    <div className="rt-answer">
      <div className="rt-answer__choices">
        {(Object.keys(labels) as Kind[]).map((choice) => (
          <Button key={choice} aria-expanded={kind === choice} onClick={() => open(choice)}>
            {labels[choice].button}
          </Button>
        ))}
      </div>
      {kind ? (
        <form onSubmit={submit.onSubmit(send)} className="rt-answer__form">
          <TextArea
            label={labels[kind].message}
            rows={kind === 'decline' ? 5 : 3}
            value={message}
            onChange={(event) => setMessage(event.target.value)}
          />
          <p className="rt-field__hint">
            {byEmail
              ? 'This goes to them by email.'
              : 'Then print the letter and post it, or give it to their supporter.'}
          </p>
          {request.state === 'invited' ? (
            <p className="rt-field__hint">
              {kind === 'invite'
                ? 'The invite link you sent before stops working; only the new one works.'
                : 'The invite link you sent before stops working.'}
            </p>
          ) : null}
          {submit.error ? (
            <p className="rt-form-error" role="alert">
              {submit.error}
            </p>
          ) : null}
          <Button type="submit" variant="primary" disabled={submit.busy}>
            {labels[kind].send}
          </Button>{' '}
          <Button onClick={() => setKind(null)}>Cancel</Button>
        </form>
      ) : null}
    </div>
  );
}
