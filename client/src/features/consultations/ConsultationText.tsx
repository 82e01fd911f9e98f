// The published words, block by block: headings as headings (one level below the page's title),
// each paragraph with its approved comments and, while open, a way to comment on it.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ConsultationBlock, PublicComment } from '@roundtable/shared/protocol/consultations';
import { Button } from '../../ui/index.ts';
import { outcomeWords, paragraphNumbers } from './words.ts';

export function headingOf(level: number, text: string, key: number): ReactNode {
  const shown = Math.min(6, level + 1);
  const Tag = `h${shown}` as 'h2';
  return (
    <Tag key={key} className="rt-consultation__heading">
      {text}
    </Tag>
  );
}

export function CommentList({ comments, label }: { comments: PublicComment[]; label: string }) {
  if (comments.length === 0) return null;
  return (
    <ul className="rt-consultation__comments" aria-label={label}>
      {comments.map((comment) => (
        <li key={comment.id} className="rt-consultation__comment">
          <p className="rt-consultation__comment-body">{comment.body}</p>
          <p className="rt-muted">
            {comment.name ? `From ${comment.name}` : 'From someone who did not give their name'}
          </p>
          {comment.outcome ? (
            <p className="rt-consultation__outcome">
              <strong>{outcomeWords[comment.outcome]}</strong>
              {comment.outcomeReason ? `: ${comment.outcomeReason}` : null}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export interface ConsultationTextProps {
  blocks: ConsultationBlock[];
  comments: PublicComment[];
  /** The form for a paragraph, when comments are taken; null when they are not. */
  commentForm: ((paragraph: number, number: number, close: () => void) => ReactNode) | null;
  /** What else goes under a paragraph (the questions on it). */
  under?: (paragraph: number) => ReactNode;
}

export function ConsultationText({ blocks, comments, commentForm, under }: ConsultationTextProps) {
  const [open, setOpen] = useState<number | null>(null);
  // When a form closes, the keyboard goes back to the button that opened it.
  const [closed, setClosed] = useState<number | null>(null);
  const returnTo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (closed !== null) returnTo.current?.focus();
  }, [closed]);
  const close = (index: number) => {
    setOpen(null);
    setClosed(index);
  };
  const numbers = paragraphNumbers(blocks);
  return (
    <div className="rt-consultation__text">
      {blocks.map((block, index) => {
        if (block.kind === 'heading') return headingOf(block.level, block.text, index);
        const number = numbers.get(index) ?? 0;
        const mine = comments.filter((c) => c.paragraph === index);
        return (
          <div
            key={index}
            className="rt-consultation__paragraph"
            data-testid="consultation-paragraph"
          >
            <p>
              <span className="rt-consultation__number">{number}</span> {block.text}
            </p>
            <CommentList comments={mine} label={`Comments on paragraph ${number}`} />
            {under?.(index)}
            {commentForm && open !== index ? (
              <Button
                ref={closed === index ? returnTo : undefined}
                onClick={() => {
                  setClosed(null);
                  setOpen(index);
                }}
              >
                Comment on paragraph {number}
              </Button>
            ) : null}
            {commentForm && open === index ? commentForm(index, number, () => close(index)) : null}
          </div>
        );
      })}
    </div>
  );
}
