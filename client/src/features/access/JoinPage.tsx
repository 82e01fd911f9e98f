// /join/<secret>: an invite link. The person sees which group it is for and what Roundtable
// keeps about them (in plain words or Easy Read), types their name, says whether exports may
// name them, and is in.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { usePageTitle } from '../../ui/index.ts';
import { ConsentChoice } from '../notices/ConsentChoice.tsx';
import { WhatWeKeep } from '../notices/WhatWeKeep.tsx';
import { joinWithInvite, previewInvite } from './api.ts';
import { useMe } from './MeProvider.tsx';
import { NameSignInForm } from './NameSignInForm.tsx';

const ROLE_WORDS: Record<string, string> = {
  facilitator: 'a facilitator: you can run meetings and invite people',
  member: 'a member: you can read and write',
  observer: 'an observer: you can read but not change things',
};

type Preview =
  | { kind: 'loading' }
  | { kind: 'ready'; workspaceName: string; role: string }
  | { kind: 'refused'; message: string };

export function JoinPage() {
  usePageTitle('Join a group');
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { signedIn, state } = useMe();
  // Not named unless they say yes.
  const [nameInRecord, setNameInRecord] = useState(false);
  const { data: result } = useQuery({
    queryKey: ['invites', token, 'preview'],
    queryFn: () => previewInvite(token),
    gcTime: 0,
  });
  const preview: Preview = !result
    ? { kind: 'loading' }
    : result.ok
      ? { kind: 'ready', workspaceName: result.data.workspaceName, role: result.data.role }
      : {
          kind: 'refused',
          message:
            result.problem.status === 404
              ? 'This invite link does not work any more. It may have expired. Ask the person who sent it for a new one.'
              : result.problem.message,
        };

  return (
    <div className="rt-narrow">
      <h1 className="rt-page-title" tabIndex={-1}>
        {preview.kind === 'ready' ? `Join ${preview.workspaceName}` : 'Join a group'}
      </h1>
      {preview.kind === 'loading' ? <p className="rt-muted">Checking your invite link…</p> : null}
      {preview.kind === 'refused' ? (
        <div className="rt-card rt-problem" role="alert">
          <p>{preview.message}</p>
          <p>
            <Link to="/">Go to the start page</Link>
          </p>
        </div>
      ) : null}
      {preview.kind === 'ready' ? (
        <>
          <p className="rt-lead">
            You have been invited to join as {ROLE_WORDS[preview.role] ?? preview.role}.
          </p>
          {state.status !== 'signed-in' ? (
            <p>
              Already have an account? <Link to="/sign-in">Sign in</Link> first, then open this link
              again: the group is added to your account.
            </p>
          ) : null}
          <WhatWeKeep />
          <div className="rt-card">
            <h2>What should we call you?</h2>
            <NameSignInForm
              submitLabel="Join"
              rememberByDefault={false}
              focusFirst={false}
              onSubmit={(body) => joinWithInvite(token, { ...body, nameInRecord })}
              onSignedIn={(me) => {
                signedIn(me);
                void navigate('/');
              }}
            >
              <ConsentChoice value={nameInRecord} onChange={setNameInRecord} />
            </NameSignInForm>
          </div>
        </>
      ) : null}
    </div>
  );
}
