// A card for each suggestion in the document, in reading order: who, what, when, and, for
// people who may edit, Accept and Reject (in a meeting the facilitator may also ask the group).
// Accepting or rejecting is done by the server, so everyone sees the text change at once and
// the decision is recorded. New suggestions from other people are announced politely. Each
// card lists its replies (a comment thread on the suggestion) and takes new ones.
import { useEffect, useId, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { selectSuggestion } from '@handlewithcare/prosemirror-suggest-changes';
import type { SuggestionOutcome } from '@roundtable/shared/protocol/suggestions';
import {
  describeSuggestion,
  listSuggestions,
  type Suggestion,
} from '@roundtable/shared/editor/suggestions';
import { Button, VisuallyHidden, useAnnouncer, useSubmit } from '../../ui/index.ts';
import type { SuggestionReplies } from '../comments/index.ts';
import { decideSuggestion } from './api.ts';
import { SuggestionRepliesView } from './SuggestionReplies.tsx';
import './suggestions.css';
import { suggestionSentence, whenInWords } from './words.ts';

export interface AskTheGroup {
  /** Opens a meeting poll on the suggestion; resolves true when it opened. */
  ask(suggestion: Suggestion, what: string, who: string): Promise<boolean>;
  /** Suggestions with a poll open on them just now. */
  asking: ReadonlySet<string>;
}

export interface SuggestionCardsProps {
  editor: Editor;
  documentId: string;
  /** The person using this browser, so their own suggestions are not announced to them. */
  me: string | null;
  nameOf: (personId: string | null) => string;
  mayDecide: boolean;
  askTheGroup?: AskTheGroup;
  /** The replies on each card (comment threads); absent without sign-in. */
  replies?: SuggestionReplies;
}

const sameList = (a: Suggestion[], b: Suggestion[] | null): boolean =>
  b !== null && JSON.stringify(a) === JSON.stringify(b);

export function SuggestionCards(props: SuggestionCardsProps) {
  const { editor, me, nameOf } = props;
  const headingId = useId();
  const suggestions = useEditorState({
    editor,
    selector: ({ editor: e }) => listSuggestions(e.state.doc),
    equalityFn: sameList,
  });
  const { announce } = useAnnouncer();
  const seen = useRef<Set<string> | null>(null);

  useEffect(() => {
    const ids = new Set(suggestions.map((s) => s.id));
    if (seen.current) {
      for (const s of suggestions) {
        if (!seen.current.has(s.id) && s.author !== me) {
          announce(
            `New suggestion. ${suggestionSentence(nameOf(s.author), describeSuggestion(s))}`,
          );
        }
      }
    }
    seen.current = ids;
  }, [suggestions, me, nameOf, announce]);

  return (
    <section className="rt-suggestions" aria-labelledby={headingId} data-testid="suggestions">
      <h2 id={headingId} className="rt-suggestions__title">
        Suggestions{suggestions.length > 0 ? ` (${suggestions.length})` : ''}
      </h2>
      {suggestions.length === 0 ? (
        <p className="rt-muted">
          No suggestions yet. Choose Suggesting to suggest a change for others to accept or reject.
        </p>
      ) : (
        <ul className="rt-suggestions__list">
          {suggestions.map((suggestion) => (
            <SuggestionCard key={suggestion.id} suggestion={suggestion} {...props} />
          ))}
        </ul>
      )}
    </section>
  );
}

function SuggestionCard({
  suggestion,
  editor,
  documentId,
  nameOf,
  mayDecide,
  askTheGroup,
  replies,
}: SuggestionCardsProps & { suggestion: Suggestion }) {
  const titleId = useId();
  const { announce } = useAnnouncer();
  const { busy, run } = useSubmit();
  const [problem, setProblem] = useState<string | null>(null);
  const who = nameOf(suggestion.author);
  const what = describeSuggestion(suggestion);
  const asking = askTheGroup?.asking.has(suggestion.id) ?? false;

  const decide = async (outcome: SuggestionOutcome) => {
    await run(async () => {
      setProblem(null);
      const result = await decideSuggestion(documentId, suggestion.id, outcome);
      if (result.ok) {
        announce(`You ${outcome} ${who}’s suggestion.`);
        editor.view.focus();
      } else setProblem(result.problem.message);
    });
  };

  return (
    <li className="rt-suggestion-card" aria-labelledby={titleId} data-testid="suggestion-card">
      <h3 className="rt-suggestion-card__who" id={titleId}>
        {who} suggests
      </h3>
      <p className="rt-suggestion-card__what">{what}</p>
      <p className="rt-suggestion-card__when rt-muted">
        {suggestion.at ? <time dateTime={suggestion.at}>{whenInWords(suggestion.at)}</time> : null}
        {asking ? ' · The group is voting on this now.' : null}
      </p>
      <div className="rt-suggestion-card__actions">
        {mayDecide ? (
          <>
            <Button variant="primary" disabled={busy} onClick={() => void decide('accepted')}>
              Accept <VisuallyHidden>{who}’s suggestion</VisuallyHidden>
            </Button>
            <Button disabled={busy} onClick={() => void decide('rejected')}>
              Reject <VisuallyHidden>{who}’s suggestion</VisuallyHidden>
            </Button>
          </>
        ) : null}
        <Button
          variant="quiet"
          onClick={() => {
            selectSuggestion(suggestion.id)(editor.state, editor.view.dispatch);
            editor.view.focus();
          }}
        >
          Show <VisuallyHidden>{who}’s suggestion</VisuallyHidden> in the text
        </Button>
        {askTheGroup && !asking ? (
          <Button
            disabled={busy}
            onClick={() => {
              void askTheGroup.ask(suggestion, what, who).then((ok) => {
                if (ok) announce(`You asked the group about ${who}’s suggestion.`);
              });
            }}
          >
            Ask the group <VisuallyHidden>about {who}’s suggestion</VisuallyHidden>
          </Button>
        ) : null}
      </div>
      {problem ? (
        <p className="rt-form-error" role="alert">
          {problem}
        </p>
      ) : null}
      {replies ? (
        <SuggestionRepliesView
          editor={editor}
          suggestionId={suggestion.id}
          who={who}
          replies={replies}
        />
      ) : null}
    </li>
  );
}
