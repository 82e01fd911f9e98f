// The connection state in words, always on screen and in a polite live region. "Saving…" only
// shows when saving takes more than a moment, so typing on a good connection does not make the
// line (and a screen reader) flicker between "Saving…" and "Saved" with every key.
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { ConnectionState } from '../../realtime/index.ts';
import { statusWords } from './connection-words.ts';
import './connection.css';

const SAVING_GRACE_MS = 1000;

export function ConnectionStatus({ state }: { state: ConnectionState }) {
  const [shown, setShown] = useState(state);

  useEffect(() => {
    if (state.kind !== 'saving' || shown.kind !== 'saved') {
      setShown(state);
      return;
    }
    const timer = setTimeout(() => setShown(state), SAVING_GRACE_MS);
    return () => clearTimeout(timer);
  }, [state, shown.kind]);

  const words = statusWords(shown);
  return (
    <p
      className={`rt-status rt-status--${words.tone}`}
      role="status"
      aria-live="polite"
      data-testid="connection-status"
      data-state={state.kind}
    >
      <span className="rt-status__dot" aria-hidden="true" />
      <span className="rt-status__text">{words.text}</span>
      {shown.kind === 'signed-out' ? (
        <>
          {' '}
          <Link to="/sign-in">How to sign in</Link>
        </>
      ) : null}
    </p>
  );
}
