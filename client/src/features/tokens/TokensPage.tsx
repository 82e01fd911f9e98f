// /tokens: personal API tokens for scripts. A new token is shown once; the list shows when
// each was made and last used, and any token can be revoked.
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import {
  BackIcon,
  Button,
  ConfirmDialog,
  PlusIcon,
  TextField,
  useAnnouncer,
  usePageTitle,
  dayAndTimeWords,
  useSubmit,
} from '../../ui/index.ts';
import { SignedOutNotice, useMe } from '../access/index.ts';
import { OneTimeSecret } from '../members/index.ts';
import '../members/members.css';
import { createToken, listTokens, revokeToken, type TokenSummary } from './api.ts';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; tokens: TokenSummary[] };

export function TokensPage() {
  usePageTitle('My API tokens');
  const { state: me } = useMe();
  const { announce } = useAnnouncer();
  const listHeadingId = useId();
  const signedIn = me.status === 'signed-in';
  const [state, setState] = useState<Loaded>({ kind: 'loading' });
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [revoking, setRevoking] = useState<TokenSummary | null>(null);
  const { busy, run } = useSubmit();
  const nameRef = useRef<HTMLInputElement>(null);

  const load = useCallback(async () => {
    const result = await listTokens();
    setState(
      result.ok
        ? { kind: 'ready', tokens: result.data }
        : { kind: 'failed', message: result.problem.message },
    );
  }, []);

  useEffect(() => {
    if (signedIn) void load();
  }, [load, signedIn]);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setNameError('Please name the token, for example “Minutes script”.');
      nameRef.current?.focus();
      return;
    }
    await run(async () => {
      const result = await createToken(name);
      if (!result.ok) {
        if (result.problem.field === 'name') setNameError(result.problem.message);
        else setProblem(result.problem.message);
        return;
      }
      setNameError(null);
      setProblem(null);
      setCreated({ name: name.trim(), token: result.data.token });
      setName('');
      void load();
    });
  };

  const revoke = async (token: TokenSummary): Promise<string | null> => {
    const result = await revokeToken(token.id);
    if (!result.ok) return result.problem.message;
    setRevoking(null);
    announce(`The token “${token.name}” was revoked. It does not work any more.`);
    await load();
    return null;
  };

  return (
    <div className="rt-page rt-narrow">
      <p>
        <Link to="/profile" className="rt-up-link">
          <BackIcon /> Back to my profile
        </Link>
      </p>
      <h1 className="rt-page-title" tabIndex={-1}>
        My API tokens
      </h1>
      {me.status === 'signed-out' ? <SignedOutNotice /> : null}
      {signedIn ? (
        <>
          <p className="rt-lead">
            A token lets a computer program (a script) use Roundtable as you. Most people never need
            one. Treat a token like a password: anyone who has it can read and write what you can.
          </p>
          {problem ? (
            <p className="rt-form-error" role="alert">
              {problem}
            </p>
          ) : null}
          {created ? (
            <OneTimeSecret
              label={`Your new token “${created.name}”`}
              value={created.token}
              onDone={() => setCreated(null)}
            >
              <p className="rt-field__hint">
                Keep it somewhere safe, like a password manager. Do not send it in an email or put
                it in a shared document.
              </p>
            </OneTimeSecret>
          ) : null}
          <form className="rt-card" onSubmit={(event) => void create(event)} noValidate>
            <h2>Make a new token</h2>
            <TextField
              ref={nameRef}
              label="Token name"
              hint="A name to help you remember what it is for, for example “Minutes script”."
              value={name}
              error={nameError}
              maxLength={100}
              autoComplete="off"
              onChange={(event) => setName(event.target.value)}
            />
            <Button type="submit" variant="primary" icon={<PlusIcon />} disabled={busy}>
              Make token
            </Button>
          </form>
          <section className="rt-card" aria-labelledby={listHeadingId}>
            <h2 id={listHeadingId}>Your tokens</h2>
            {state.kind === 'loading' ? <p className="rt-muted">Loading your tokens…</p> : null}
            {state.kind === 'failed' ? (
              <div className="rt-form-error" role="alert">
                <p>{state.message}</p>
                <Button onClick={() => void load()}>Try again</Button>
              </div>
            ) : null}
            {state.kind === 'ready' && state.tokens.length === 0 ? (
              <p className="rt-empty">You have no tokens.</p>
            ) : null}
            {state.kind === 'ready' && state.tokens.length > 0 ? (
              <ul className="rt-people" data-testid="tokens">
                {state.tokens.map((token) => (
                  <li key={token.id} className="rt-person">
                    <h3 className="rt-person__name">{token.name}</h3>
                    <p className="rt-person__details">
                      Made on {dayAndTimeWords(token.createdAt)}.{' '}
                      {token.lastUsedAt
                        ? `Last used on ${dayAndTimeWords(token.lastUsedAt)}.`
                        : 'Not used yet.'}
                    </p>
                    <Button variant="danger" disabled={busy} onClick={() => setRevoking(token)}>
                      Revoke <span className="rt-visually-hidden">“{token.name}”</span>
                    </Button>
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
          <ConfirmDialog
            open={revoking !== null}
            title={revoking ? `Revoke “${revoking.name}”?` : 'Revoke this token?'}
            description="The token stops working straight away. Any script using it will be signed out."
            confirmLabel="Yes, revoke it"
            variant="danger"
            onConfirm={() => (revoking ? revoke(revoking) : Promise.resolve(null))}
            onClose={() => setRevoking(null)}
          />
        </>
      ) : null}
    </div>
  );
}
