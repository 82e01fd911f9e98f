// One comment thread in the list: the words it is about (or "text removed"), its comments with
// who wrote them and when, and what this person may do: reply, edit or delete their own,
// resolve or reopen. Each form puts focus back on the button that opened it.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button, VisuallyHidden } from '../../ui/index.ts';
import { CommentEntry, PendingNote } from './CommentEntry.tsx';
import { CommentField, commentProblem } from './CommentField.tsx';
import { newCommentId } from './draft.ts';
import type { OutboxAction } from './outbox.ts';
import type { ThreadItem } from './pending-view.ts';
import { shortQuote, timeInWords } from './words.ts';

export interface ThreadCardProps {
  thread: ThreadItem;
  myId: string;
  canComment: boolean;
  /** Whether the words are still in the text; null while that is not known yet. */
  placed: boolean | null;
  /** Sending had to stop: unsent parts are kept on this device. */
  waiting: boolean;
  now: Date;
  act: (action: OutboxAction) => void;
  announce: (message: string) => void;
  onShow: (threadId: string) => void;
  /** Called after the thread was resolved or reopened here (it moves to the other list). */
  onMoved: (resolved: boolean) => void;
  /** For replies on a suggestion: who made it, if it is still in the text. */
  suggestionAuthor?: string | null;
}

/** "On Sam’s suggestion": a thread of replies on a suggestion card says so. */
export function suggestionNote(author: string | null | undefined): string {
  return author ? `On ${author}’s suggestion` : 'On a suggestion';
}

/** Who resolved a thread, and why when its suggestion was decided. */
export function resolvedNote(thread: ThreadItem, when: string): string {
  const by = thread.resolvedByName;
  if (thread.resolvedBecause !== null) {
    const how = by ? `by ${by}` : 'by a meeting poll';
    return `Resolved when the suggestion was ${thread.resolvedBecause} ${how}${when ? ` ${when}` : ''}.`;
  }
  return `Resolved by ${by ?? 'someone'}${when ? ` ${when}` : ''}.`;
}

export function ThreadCard(props: ThreadCardProps) {
  const { thread, canComment, placed, waiting, act, announce, onMoved } = props;
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const replyButton = useRef<HTMLButtonElement>(null);
  const [replying, setReplying] = useState(false);
  const resolved = thread.resolvedAt !== null;
  const [first] = thread.comments;

  return (
    <li className="rt-thread" data-testid="comment-thread" data-thread-id={thread.id}>
      <article aria-labelledby={headingId}>
        <h3 className="rt-thread__title" id={headingId} ref={heading} tabIndex={-1}>
          <VisuallyHidden>Comments on </VisuallyHidden>
          <q className="rt-thread__quote">{shortQuote(thread.quote, 120)}</q>
        </h3>
        {thread.suggestionId !== null ? (
          <p className="rt-thread__suggestion">{suggestionNote(props.suggestionAuthor)}</p>
        ) : null}
        {placed === false ? (
          <p className="rt-thread__removed">
            <strong>Text removed.</strong> The words this was about were deleted.
          </p>
        ) : placed ? (
          <Button
            variant="quiet"
            className="rt-thread__show"
            onClick={() => props.onShow(thread.id)}
          >
            Show in text
          </Button>
        ) : null}
        {thread.pending ? <PendingNote waiting={waiting} /> : null}
        <ol className="rt-thread__comments">
          {thread.comments.map((comment) => (
            <CommentEntry
              key={comment.id}
              comment={comment}
              isFirst={comment === first}
              mine={comment.authorId === props.myId}
              {...props}
              heading={heading}
            />
          ))}
        </ol>
        {resolved ? (
          <p className="rt-thread__resolved">
            {resolvedNote(
              thread,
              thread.resolvedAt ? timeInWords(thread.resolvedAt, props.now) : '',
            )}
          </p>
        ) : null}
        {canComment ? (
          <div className="rt-thread__actions">
            {replying ? (
              <ReplyForm
                thread={thread}
                act={act}
                announce={announce}
                onDone={() => {
                  setReplying(false);
                  requestAnimationFrame(() => replyButton.current?.focus());
                }}
              />
            ) : (
              <Button ref={replyButton} onClick={() => setReplying(true)}>
                Reply
              </Button>
            )}
            {!replying ? (
              <Button
                onClick={() => {
                  act({ kind: resolved ? 'reopen' : 'resolve', threadId: thread.id });
                  onMoved(!resolved);
                }}
              >
                {resolved ? 'Reopen' : 'Resolve'}
                <VisuallyHidden> the comments on “{shortQuote(thread.quote)}”</VisuallyHidden>
              </Button>
            ) : null}
          </div>
        ) : null}
      </article>
    </li>
  );
}

function useFocusOnMount() {
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

function ReplyForm({
  thread,
  act,
  announce,
  onDone,
}: {
  thread: ThreadItem;
  act: (action: OutboxAction) => void;
  announce: (message: string) => void;
  onDone: () => void;
}) {
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const field = useFocusOnMount();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = commentProblem(body);
    setError(problem);
    if (problem) return;
    act({ kind: 'reply', threadId: thread.id, body: { id: newCommentId(), body: body.trim() } });
    announce('Your reply was added.');
    onDone();
  };
  return (
    <form className="rt-thread__form" onSubmit={submit} noValidate>
      <CommentField label="Your reply" value={body} onChange={setBody} error={error} ref={field} />
      <div className="rt-thread__buttons">
        <Button type="submit" variant="primary">
          Send reply
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
