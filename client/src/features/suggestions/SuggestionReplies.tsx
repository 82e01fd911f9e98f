// The replies on one suggestion's card: who wrote each and when, and a Reply button that opens
// a small form. The first reply starts a comment thread on the suggestion's words; the rest
// go into it. Esc or Cancel closes the form and puts focus back on Reply.
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Editor } from '@tiptap/core';
import { selectSuggestion } from '@handlewithcare/prosemirror-suggest-changes';
import { Button, VisuallyHidden, useAnnouncer } from '../../ui/index.ts';
import { CommentField, commentProblem } from '../comments/CommentField.tsx';
import { draftForRange, type SuggestionReplies } from '../comments/index.ts';
import { whenInWords } from './words.ts';

export interface SuggestionRepliesProps {
  editor: Editor;
  suggestionId: string;
  /** Whose suggestion it is, for labels ("Sam"). */
  who: string;
  replies: SuggestionReplies;
}

export const repliesInWords = (count: number): string =>
  count === 1 ? '1 reply' : `${count} replies`;

/** The suggestion's words as a comment anchor and quote, read without moving the cursor. */
function suggestionDraft(editor: Editor, suggestionId: string) {
  const found: { from?: number; to?: number } = {};
  selectSuggestion(suggestionId)(editor.state, (tr) => {
    found.from = tr.selection.from;
    found.to = tr.selection.to;
  });
  if (found.from === undefined || found.to === undefined) return null;
  return draftForRange(editor.state, found.from, found.to);
}

export function SuggestionRepliesView({
  editor,
  suggestionId,
  who,
  replies,
}: SuggestionRepliesProps) {
  const headingId = useId();
  const { announce } = useAnnouncer();
  const thread = replies.threadOf(suggestionId);
  const list = thread?.replies ?? [];
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const replyButton = useRef<HTMLButtonElement>(null);

  const close = () => {
    setOpen(false);
    setBody('');
    setError(null);
    requestAnimationFrame(() => replyButton.current?.focus());
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = commentProblem(body);
    if (problem) {
      setError(problem);
      field.current?.focus();
      return;
    }
    const sent = replies.reply(suggestionId, body.trim(), () =>
      suggestionDraft(editor, suggestionId),
    );
    if (!sent) {
      setError('This suggestion’s words could not be found in the text, so a reply cannot start.');
      return;
    }
    announce(`Your reply to ${who}’s suggestion was added.`);
    close();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };

  return (
    <div className="rt-suggestion-replies" data-testid="suggestion-replies">
      {list.length > 0 ? (
        <>
          <h4 className="rt-suggestion-replies__title" id={headingId}>
            {repliesInWords(list.length)}
            <VisuallyHidden> on {who}’s suggestion</VisuallyHidden>
          </h4>
          <ol className="rt-suggestion-replies__list" aria-labelledby={headingId}>
            {list.map((reply) => (
              <li key={reply.id} className="rt-suggestion-reply" data-testid="suggestion-reply">
                <p className="rt-suggestion-reply__who">
                  <strong>{reply.authorName}</strong>{' '}
                  <time className="rt-muted" dateTime={reply.createdAt}>
                    {whenInWords(reply.createdAt)}
                  </time>
                </p>
                <p className="rt-suggestion-reply__body">
                  {reply.deletedAt === null ? reply.body : <em>Comment deleted</em>}
                </p>
                {reply.pending ? (
                  <p className="rt-comment-pending">
                    {replies.waiting ? 'Not sent yet — kept on this device' : 'Sending…'}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {replies.mayReply && open ? (
        <form
          className="rt-suggestion-replies__form"
          onSubmit={submit}
          onKeyDown={onKeyDown}
          noValidate
        >
          <CommentField
            ref={field}
            label={`Your reply to ${who}’s suggestion`}
            value={body}
            onChange={setBody}
            error={error}
          />
          <div className="rt-suggestion-card__actions">
            <Button type="submit" variant="primary">
              Send reply
            </Button>
            <Button onClick={close}>Cancel</Button>
          </div>
        </form>
      ) : null}
      {replies.mayReply && !open ? (
        <div className="rt-suggestion-card__actions">
          <Button
            ref={replyButton}
            onClick={() => {
              setOpen(true);
              requestAnimationFrame(() => field.current?.focus());
            }}
          >
            Reply <VisuallyHidden>to {who}’s suggestion</VisuallyHidden>
            {list.length > 0 ? ` (${repliesInWords(list.length)})` : ''}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
