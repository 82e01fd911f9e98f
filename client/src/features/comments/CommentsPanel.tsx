// The "Comments" list beside the document: open and resolved threads, each with the words it
// is about. Highlights in the text follow the list; "Show in text" selects a thread's words.
import type { Editor } from '@tiptap/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useAnnouncer } from '../../ui/index.ts';
import { rangeOf, setHighlights } from './comment-highlights.ts';
import { ThreadCard } from './ThreadCard.tsx';
import type { CommentsController } from './useComments.ts';
import { useNow, usePlacedThreads } from './usePlacedThreads.ts';
import './comments.css';

export interface CommentsPanelProps {
  comments: CommentsController;
  editor: Editor | null;
  canComment: boolean;
  /** Who made a suggestion still in the text, for threads of replies on one; null if gone. */
  suggestionAuthorOf?: (suggestionId: string) => string | null;
}

type Showing = 'open' | 'resolved';

export function CommentsPanel({
  comments,
  editor,
  canComment,
  suggestionAuthorOf,
}: CommentsPanelProps) {
  const headingId = useId();
  const [showing, setShowing] = useState<Showing>('open');
  const switches = useRef<Record<Showing, HTMLButtonElement | null>>({
    open: null,
    resolved: null,
  });
  const { announce } = useAnnouncer();
  const now = useNow();
  const placed = usePlacedThreads(editor);
  const { threads } = comments;
  const open = threads.filter((t) => t.resolvedAt === null);
  const resolved = threads.filter((t) => t.resolvedAt !== null);
  const shown = showing === 'open' ? open : resolved;

  useEffect(() => {
    if (!editor) return;
    setHighlights(editor, {
      threads: threads.map((t) => ({
        id: t.id,
        anchor: t.anchor,
        resolved: t.resolvedAt !== null,
      })),
    });
  }, [editor, threads]);

  const show = (threadId: string) => {
    if (!editor || editor.isDestroyed) return;
    const range = rangeOf(editor.state, threadId);
    if (!range) return;
    setHighlights(editor, { active: threadId });
    editor.chain().focus().setTextSelection(range).scrollIntoView().run();
  };

  const onMoved = (nowResolved: boolean) => {
    const to: Showing = nowResolved ? 'resolved' : 'open';
    announce(
      nowResolved
        ? 'Resolved. You can find it under “Resolved”.'
        : 'Reopened. You can find it under “Open”.',
    );
    requestAnimationFrame(() => switches.current[to]?.focus());
  };

  return (
    <section className="rt-comments" aria-labelledby={headingId} data-testid="comments-panel">
      <h2 className="rt-comments__title" id={headingId}>
        Comments
      </h2>
      <p className="rt-comments__hint">
        {canComment
          ? 'To comment, select some words in the text, then press Comment (Ctrl+Alt+M).'
          : 'You can read comments here. In this workspace, observers cannot add comments.'}
      </p>
      {comments.unsent > 0 && comments.waiting ? (
        <p className="rt-comments__unsent">
          {comments.unsent === 1
            ? '1 change to comments is not sent yet. It is kept on this device and will be sent when you are back online.'
            : `${comments.unsent} changes to comments are not sent yet. They are kept on this device and will be sent when you are back online.`}
        </p>
      ) : null}
      {comments.problem ? (
        <div className="rt-comments__problem" role="alert">
          <p>{comments.problem}</p>
        </div>
      ) : null}
      <div className="rt-comments__switch" role="group" aria-label="Which comments to show">
        {(['open', 'resolved'] as const).map((which) => (
          <button
            key={which}
            type="button"
            ref={(element) => {
              switches.current[which] = element;
            }}
            className="rt-comments__switch-button"
            aria-pressed={showing === which}
            onClick={() => setShowing(which)}
          >
            {which === 'open' ? `Open (${open.length})` : `Resolved (${resolved.length})`}
          </button>
        ))}
      </div>
      {shown.length === 0 ? (
        <p className="rt-comments__empty">
          {!comments.loaded
            ? 'Loading comments…'
            : showing === 'open'
              ? 'No open comments.'
              : 'No resolved comments.'}
        </p>
      ) : (
        <ul
          className="rt-comments__list"
          aria-label={showing === 'open' ? 'Open comments' : 'Resolved comments'}
        >
          {shown.map((thread) => (
            <ThreadCard
              key={thread.id}
              thread={thread}
              myId={comments.me.id}
              canComment={canComment}
              placed={placed === null ? null : placed.has(thread.id)}
              waiting={comments.waiting}
              now={now}
              act={comments.act}
              announce={announce}
              onShow={show}
              onMoved={onMoved}
              {...(thread.suggestionId !== null && suggestionAuthorOf
                ? { suggestionAuthor: suggestionAuthorOf(thread.suggestionId) }
                : {})}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
