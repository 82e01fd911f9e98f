// One comment in a thread: who wrote it and when, its words, and for its author the buttons to
// edit or delete it. A comment not sent yet says so.
import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { Button, ConfirmDialog, VisuallyHidden } from '../../ui/index.ts';
import { CommentField, commentProblem } from './CommentField.tsx';
import type { CommentItem } from './pending-view.ts';
import type { ThreadCardProps } from './ThreadCard.tsx';
import { timeInWords } from './words.ts';

export function PendingNote({ waiting }: { waiting: boolean }) {
  return (
    <p className="rt-comment-pending">
      {waiting ? 'Not sent yet — kept on this device' : 'Sending…'}
    </p>
  );
}

export function CommentEntry({
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
