// One comment thread in the list: the words it is about (or "text removed"), its comments with
// who wrote them and when, and what this person may do: reply, edit or delete their own,
// resolve or reopen. Each form puts focus back on the button that opened it.
import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { Button, ConfirmDialog, VisuallyHidden } from '../../ui/index.ts';
import { CommentField, commentProblem } from './CommentField.tsx';
import { newCommentId } from './draft.ts';
import type { OutboxAction } from './outbox.ts';
import type { CommentItem, ThreadItem } from './pending-view.ts';
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

function PendingNote({ waiting }: { waiting: boolean }) {
  return (
    <p className="rt-comment-pending">
      {waiting ? 'Not sent yet — kept on this device' : 'Sending…'}
    </p>
  );
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

function CommentEntry({
  thread,
  comment,
  mine,
  isFirst,
  canComment,
  waiting,
  now,
  act,
  announce,
  heading,
}: ThreadCardProps & {
  comment: CommentItem;
  mine: boolean;
  isFirst: boolean;
  heading: RefObject<HTMLHeadingElement | null>;
}) {
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [body, setBody] = useState(comment.body);
  const [error, setError] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const editField = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (editing) editField.current?.focus();
  }, [editing]);
  const deleted = comment.deletedAt !== null;
  const mayChange = mine && canComment && !deleted;

  const stopEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    const problem = commentProblem(body);
    setError(problem);
    if (problem) return;
    if (body.trim() !== comment.body) {
      act({ kind: 'edit', threadId: comment.threadId, commentId: comment.id, body: body.trim() });
      announce('Your comment was changed.');
    }
    stopEditing();
  };

  return (
    <li className="rt-comment" data-testid="comment">
      <p className="rt-comment__meta">
        <span className="rt-comment__author">
          {comment.authorName}
          {mine ? ' (you)' : ''}
        </span>{' '}
        <span className="rt-comment__when">
          {isFirst ? 'wrote' : 'replied'}{' '}
          <time dateTime={comment.createdAt}>{timeInWords(comment.createdAt, now)}</time>
          {comment.editedAt && !deleted ? ' (changed)' : ''}
        </span>
      </p>
      {deleted ? (
        <p className="rt-comment__deleted">Comment deleted</p>
      ) : editing ? (
        <form className="rt-thread__form" onSubmit={save} noValidate>
          <CommentField
            label="Change your comment"
            value={body}
            onChange={setBody}
            error={error}
            ref={editField}
          />
          <div className="rt-thread__buttons">
            <Button type="submit" variant="primary">
              Save
            </Button>
            <Button onClick={stopEditing}>Cancel</Button>
          </div>
        </form>
      ) : (
        <p className="rt-comment__body">{comment.body}</p>
      )}
      {/* A new thread says it once, above, rather than again on its first comment. */}
      {comment.pending && !(isFirst && thread.pending) ? <PendingNote waiting={waiting} /> : null}
      {mayChange && !editing ? (
        <div className="rt-thread__buttons">
          <Button
            variant="quiet"
            ref={editButton}
            onClick={() => {
              setBody(comment.body);
              setError(null);
              setEditing(true);
            }}
          >
            Edit<VisuallyHidden> your comment</VisuallyHidden>
          </Button>
          <Button variant="quiet" onClick={() => setDeleting(true)}>
            Delete<VisuallyHidden> your comment</VisuallyHidden>
          </Button>
        </div>
      ) : null}
      <ConfirmDialog
        open={deleting}
        title="Delete your comment?"
        description="The thread will say “Comment deleted” in its place. This cannot be undone."
        confirmLabel="Delete comment"
        variant="danger"
        onConfirm={async () => {
          setDeleting(false);
          act({ kind: 'delete', threadId: comment.threadId, commentId: comment.id });
          announce('Your comment was deleted.');
          return null;
        }}
        onClose={() => {
          setDeleting(false);
          // The Delete button is gone now: go to the thread instead.
          requestAnimationFrame(() => heading.current?.focus());
        }}
      />
    </li>
  );
}
