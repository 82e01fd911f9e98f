// One join request in the queue: what they wrote, its state, the mail sent to them (with "Try
// again now" while it waits), and what a facilitator can do: answer, print the letter, download
// the request as a file, or erase it.
import { useState } from 'react';
import { Link } from 'react-router';
import type { JoinRequest } from '@roundtable/shared/protocol/recruiting';
import { Button, ConfirmDialog, dayWords, VisuallyHidden } from '../../ui/index.ts';
import { AnswerForm } from './AnswerForm.tsx';
import { eraseJoinRequest, joinRequestDataPath, retryMail } from './api.ts';
import { contactWords, emailAccountWords, goesByEmail, stateWords } from './join-request-words.ts';

export function JoinRequestItem({
  workspaceId,
  request,
  canEmail,
  onChanged,
}: {
  workspaceId: string;
  request: JoinRequest;
  canEmail: boolean;
  onChanged: (message: string) => void;
}) {
  const [erasing, setErasing] = useState(false);
  const byEmail = goesByEmail(request, canEmail);
  const known = request.state === 'joined' ? null : emailAccountWords[request.emailAccount];
  const letter = `/workspaces/${encodeURIComponent(workspaceId)}/join-requests/${encodeURIComponent(request.id)}/letter`;
  return (
    <li className="rt-card rt-join-request">
      <h2 className="rt-join-request__name">{request.name}</h2>
      <p className={`rt-join-request__state rt-join-request__state--${request.state}`}>
        {stateWords[request.state]}
        {request.answeredAt ? ` on ${dayWords(request.answeredAt)}` : ''}
      </p>
      {known ? (
        <div className="rt-notice">
          <p>{known}</p>
        </div>
      ) : null}
      <dl className="rt-join-request__details">
        <dt>Asked on</dt>
        <dd>{dayWords(request.receivedAt)}</dd>
        <dt>How to contact them</dt>
        <dd>{contactWords(request.contact)}</dd>
        <dt>Communication and access needs</dt>
        <dd>{request.needs || 'None given'}</dd>
        <dt>Why they want to join</dt>
        <dd className="rt-join-request__words">{request.reason || 'Not given'}</dd>
      </dl>
      {request.mails.length > 0 ? (
        <ul className="rt-join-request__mails" aria-label="Mail to them">
          {request.mails.map((mail) => (
            <li key={mail.id}>
              {mail.summary}{' '}
              {!mail.sent ? (
                <Button
                  onClick={() =>
                    void retryMail(workspaceId, mail.id).then(() => onChanged('Tried again.'))
                  }
                >
                  Try again now
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {request.message && !byEmail ? (
        <p>
          <Link to={letter}>
            Print the letter <VisuallyHidden>to {request.name}</VisuallyHidden>
          </Link>
        </p>
      ) : null}
      <AnswerForm
        workspaceId={workspaceId}
        request={request}
        byEmail={byEmail}
        onAnswered={(answered) => onChanged(`${stateWords[answered.state]}: ${answered.name}.`)}
      />
      <p className="rt-join-request__data">
        <a href={joinRequestDataPath(workspaceId, request.id)} download>
          Download this request <VisuallyHidden>from {request.name}</VisuallyHidden>
        </a>{' '}
        <Button onClick={() => setErasing(true)}>
          Erase <VisuallyHidden>the request from {request.name}</VisuallyHidden>
        </Button>
      </p>
      <ConfirmDialog
        open={erasing}
        title={`Erase the request from ${request.name}?`}
        description="Everything they wrote, and the mail to them, is deleted. This cannot be undone."
        confirmLabel="Erase"
        variant="danger"
        onConfirm={async () => {
          const erased = await eraseJoinRequest(workspaceId, request.id);
          if (!erased.ok) return erased.problem.message;
          setErasing(false);
          onChanged(`Erased the request from ${request.name}.`);
          return null;
        }}
        onClose={() => setErasing(false)}
      />
    </li>
  );
}
