// /workspaces/:workspaceId/members: who is in a workspace. Facilitators also manage roles,
// make one-time sign-in links, remove people, and make and withdraw invite links; everyone
// else sees the list read-only.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { Link, useParams } from 'react-router';
import type { Member } from '@roundtable/shared/protocol/people';
import { BackIcon, Button, usePageTitle } from '../../ui/index.ts';
import { SignedOutNotice, useCan, useMe } from '../access/index.ts';
import { queryKeys } from '../../app/query-keys.ts';
import { getWorkspace } from './api.ts';
import { useMembers } from './queries.ts';
import { InactivePeopleSection } from './InactivePeopleSection.tsx';
import { InvitesSection } from './InvitesSection.tsx';
import { MemberItem } from './MemberItem.tsx';
import { RoleHints } from './RoleHints.tsx';
import './members.css';

type Loaded =
  { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; members: Member[] };

export function MembersPage() {
  const { workspaceId = '' } = useParams();
  const { state: me } = useMe();
  const may = useCan();
  const manage = may('workspace:manage-members', workspaceId);
  const headingId = useId();
  const roleHintId = useId();
  const signedIn = me.status === 'signed-in';
  const queryClient = useQueryClient();
  const { data: result } = useMembers(workspaceId, signedIn);
  const state: Loaded = !result
    ? { kind: 'loading' }
    : result.ok
      ? { kind: 'ready', members: result.data }
      : { kind: 'failed', message: result.problem.message };
  const load = () => queryClient.invalidateQueries({ queryKey: queryKeys.members(workspaceId) });
  const { data: workspace } = useQuery({
    queryKey: queryKeys.workspace(workspaceId),
    queryFn: () => getWorkspace(workspaceId),
    enabled: signedIn,
  });
  const workspaceName = workspace?.ok ? workspace.data.name : null;
  usePageTitle(workspaceName ? `Members of ${workspaceName}` : 'Members');

  const myId = me.status === 'signed-in' ? me.me.profile.id : null;

  return (
    <div className="rt-page">
      <p>
        <Link to="/" className="rt-up-link">
          <BackIcon /> Back to workspaces and documents
        </Link>
      </p>
      <h1 className="rt-page-title" tabIndex={-1}>
        {manage ? 'Members and invites' : 'Members'}
        {workspaceName ? `: ${workspaceName}` : ''}
      </h1>
      {me.status === 'signed-out' ? <SignedOutNotice /> : null}
      {signedIn ? (
        <p className="rt-lead">
          {manage
            ? 'Everyone in this workspace, and the invite links that let new people join. As a facilitator, you can also see how each person likes to get information.'
            : 'Everyone in this workspace. Facilitators can invite people and change roles.'}
        </p>
      ) : null}

      {signedIn ? (
        <section className="rt-card" aria-labelledby={headingId}>
          <h2 id={headingId}>
            Members
            {state.kind === 'ready' ? ` (${state.members.length})` : ''}
          </h2>
          {manage ? <RoleHints id={roleHintId} /> : null}
          {state.kind === 'loading' ? <p className="rt-muted">Loading members…</p> : null}
          {state.kind === 'failed' ? (
            <div className="rt-form-error" role="alert">
              <p>{state.message}</p>
              <Button onClick={() => void load()}>Try again</Button>
            </div>
          ) : null}
          {state.kind === 'ready' ? (
            <ul className="rt-people" data-testid="members">
              {state.members.map((member) => (
                <MemberItem
                  key={`${member.userId}-${member.role}`}
                  workspaceId={workspaceId}
                  member={member}
                  isYou={member.userId === myId}
                  manage={manage}
                  onChanged={load}
                  roleHintId={roleHintId}
                  mayErase={me.status === 'signed-in' && me.me.profile.isAdmin}
                />
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}

      {signedIn && manage ? <InvitesSection workspaceId={workspaceId} /> : null}
      {me.status === 'signed-in' && me.me.profile.isAdmin ? (
        <InactivePeopleSection workspaceId={workspaceId} />
      ) : null}
    </div>
  );
}
