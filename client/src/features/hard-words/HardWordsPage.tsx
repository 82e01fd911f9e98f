// /workspaces/:workspaceId/hard-words: the workspace's hard words with what each means. Anyone
// who may write in the workspace adds, changes and removes them; observers read them.
import { useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { Link, useParams } from 'react-router';
import { HARD_WORDS_PER_WORKSPACE } from '@roundtable/shared/protocol/hard-words';
import { queryKeys } from '../../app/query-keys.ts';
import { BackIcon, Button, useAnnouncer, usePageTitle } from '../../ui/index.ts';
import { SignedOutNotice, useCan, useMe } from '../access/index.ts';
import { useWorkspace } from '../workspaces/index.ts';
import { addHardWord } from './api.ts';
import { HardWordForm } from './HardWordForm.tsx';
import { HardWordItem } from './HardWordItem.tsx';
import { useHardWordsQuery } from './queries.ts';
import './hard-words.css';

export function HardWordsPage() {
  const { workspaceId = '' } = useParams();
  const { state: me } = useMe();
  const may = useCan();
  const signedIn = me.status === 'signed-in' || me.status === 'open';
  const mayChange = may('hard-words:change', workspaceId);
  const addId = useId();
  const listId = useId();
  const queryClient = useQueryClient();
  const { announce } = useAnnouncer();
  const { data: workspace } = useWorkspace(workspaceId, signedIn);
  const { data: result } = useHardWordsQuery(signedIn ? workspaceId : undefined);
  const workspaceName = workspace?.ok ? workspace.data.name : null;
  usePageTitle(workspaceName ? `Hard words of ${workspaceName}` : 'Hard words');
  const words = result?.ok ? result.data : [];
  const reload = () =>
    queryClient.invalidateQueries({ queryKey: queryKeys.hardWords(workspaceId) });
  const changed = (message: string) => {
    void reload();
    announce(message);
  };

  return (
    <div className="rt-page rt-hard-words-page">
      <p>
        <Link to="/" className="rt-up-link">
          <BackIcon /> Back to workspaces and documents
        </Link>
      </p>
      <h1 className="rt-page-title" tabIndex={-1}>
        Hard words{workspaceName ? `: ${workspaceName}` : ''}
      </h1>
      {me.status === 'signed-out' ? <SignedOutNotice /> : null}
      {signedIn ? (
        <p className="rt-lead">
          Hard words are words that can be hard to understand. Here, each one has an easy
          explanation. In this workspace’s documents, hard words have a dotted line under them.
          Point at one, or put the cursor in it, to see what it means.
        </p>
      ) : null}
      {signedIn && !mayChange ? (
        <p>You can read the hard words. Members and facilitators can add or change them.</p>
      ) : null}

      {signedIn && mayChange ? (
        <section className="rt-card" aria-labelledby={addId}>
          <h2 id={addId}>Add a hard word</h2>
          <HardWordForm
            submitLabel="Add the hard word"
            onSubmit={(fields) => addHardWord(workspaceId, fields)}
            onSaved={(fields) =>
              changed(`“${fields.word}” is now a hard word. It is marked in the text for everyone.`)
            }
          />
          <p className="rt-muted">
            A workspace can have up to {HARD_WORDS_PER_WORKSPACE} hard words.
          </p>
        </section>
      ) : null}

      {signedIn ? (
        <section className="rt-card" aria-labelledby={listId}>
          <h2 id={listId}>Hard words{result?.ok ? ` (${words.length})` : ''}</h2>
          {!result ? <p className="rt-muted">Loading the hard words…</p> : null}
          {result && !result.ok ? (
            <div className="rt-form-error" role="alert">
              <p>{result.problem.message}</p>
              <Button onClick={() => void reload()}>Try again</Button>
            </div>
          ) : null}
          {result?.ok && words.length === 0 ? (
            <p className="rt-empty">
              There are no hard words yet.{mayChange ? ' Add the first one above.' : ''}
            </p>
          ) : null}
          {words.length > 0 ? (
            <ul className="rt-hard-word-list">
              {words.map((word) => (
                <HardWordItem
                  key={`${word.id}-${word.updatedAt}`}
                  word={word}
                  mayChange={mayChange}
                  onChanged={changed}
                />
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
