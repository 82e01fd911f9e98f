// The form for a new comment on the selected words: the quote, a box to write in, and two
// buttons. Esc or Cancel closes it and puts focus back where it was.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Dialog } from '../../ui/index.ts';
import { CommentField, commentProblem } from './CommentField.tsx';
import type { CommentDraft } from './draft.ts';

export interface NewCommentDialogProps {
  draft: CommentDraft | null;
  onSubmit: (draft: CommentDraft, body: string) => void;
  onClose: () => void;
}

export function NewCommentDialog({ draft, onSubmit, onClose }: NewCommentDialogProps) {
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!draft) return;
    setBody('');
    setError(null);
    field.current?.focus();
  }, [draft]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    const problem = commentProblem(body);
    setError(problem);
    if (problem) {
      field.current?.focus();
      return;
    }
    onSubmit(draft, body.trim());
  };

  return (
    <Dialog open={draft !== null} title="Comment on the text" onClose={onClose}>
      <form onSubmit={submit} noValidate className="rt-new-comment">
        <p className="rt-new-comment__about">You are commenting on:</p>
        <blockquote className="rt-comment-quote">{draft?.quote}</blockquote>
        <CommentField
          ref={field}
          label="Your comment"
          value={body}
          onChange={setBody}
          error={error}
        />
        <div className="rt-dialog__actions">
          <Button type="submit" variant="primary">
            Add comment
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </div>
      </form>
    </Dialog>
  );
}
