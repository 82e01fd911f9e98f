// Invite links for a workspace: make one (role and how many days it works), see it once with
// a Copy button, and the list of links with who joined with each. A link can be withdrawn.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { roles, type Role } from '@roundtable/shared/domain/policy';
import type { Invite } from '@roundtable/shared/protocol/access';
import {
  Button,
  ConfirmDialog,
  PlusIcon,
  TextField,
  dayWords,
  expiryWords,
  useAnnouncer,
  useSubmit,
  SelectField,
} from '../../ui/index.ts';
import { queryKeys } from '../../app/query-keys.ts';
import { createInvite, listInvites, withdrawInvite } from './api.ts';
import { OneTimeSecret } from './OneTimeSecret.tsx';
import { RoleHints } from './RoleHints.tsx';
import { ROLE_NAMES } from './words.ts';

type Loaded =
  { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; invites: Invite[] };

export function InvitesSection({ workspaceId }: { workspaceId: string }) {
  const headingId = useId();
  const roleHintId = useId();
  const { announce } = useAnnouncer();
  const queryClient = useQueryClient();
  const { data: result } = useQuery({
    queryKey: queryKeys.invites(workspaceId),
    queryFn: () => listInvites(workspaceId),
  });
  const state: Loaded = !result
    ? { kind: 'loading' }
    : result.ok
      ? { kind: 'ready', invites: result.data }
      : { kind: 'failed', message: result.problem.message };
  const [role, setRole] = useState<Role>('member');
  const [days, setDays] = useState('14');
  const [daysError, setDaysError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ url: string; role: Role; expiresAt: string } | null>(
    null,
  );
  const { busy, run } = useSubmit();
  const [withdrawing, setWithdrawing] = useState<Invite | null>(null);

  const load = () => queryClient.invalidateQueries({ queryKey: queryKeys.invites(workspaceId) });

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const expiresInDays = Number(days);
    if (!Number.isInteger(expiresInDays) || expiresInDays < 1 || expiresInDays > 90) {
      setDaysError('Type a whole number of days from 1 to 90.');
      return;
    }
    setDaysError(null);
    await run(async () => {
      const result = await createInvite(workspaceId, { role, expiresInDays });
      if (!result.ok) {
        setFormError(result.problem.message);
        return;
      }
      setFormError(null);
      setCreated({
        url: result.data.url,
        role: result.data.role,
        expiresAt: result.data.expiresAt,
      });
      void load();
    });
  };

  const withdraw = async (invite: Invite): Promise<string | null> => {
    const result = await withdrawInvite(workspaceId, invite.id);
    if (!result.ok) return result.problem.message;
    setWithdrawing(null);
    announce('The invite link was withdrawn. It does not work any more.');
    await load();
    return null;
  };

  const now = new Date();
  return (
    <section className="rt-card" aria-labelledby={headingId}>
      <h2 id={headingId}>Invite links</h2>
      <p>
        Send someone an invite link. When they open it, they type their name and they are in. They
        do not need a password.
      </p>

      {created ? (
        <OneTimeSecret
          label="Your new invite link"
          value={created.url}
          onDone={() => setCreated(null)}
        >
          <p className="rt-field__hint">
            Anyone with this link can join as {ROLE_NAMES[created.role].toLowerCase()}.{' '}
            {expiryWords(created.expiresAt, now)}.
          </p>
        </OneTimeSecret>
      ) : null}

      <form className="rt-inline-form" onSubmit={(event) => void create(event)} noValidate>
        <h3>Make an invite link</h3>
        {formError ? (
          <p className="rt-form-error" role="alert">
            {formError}
          </p>
        ) : null}
        <SelectField<Role>
          label="They will join as"
          selectClassName="rt-select"
          describedBy={roleHintId}
          value={role}
          onChange={setRole}
          options={roles.map((option) => ({ value: option, label: ROLE_NAMES[option] }))}
        >
          <RoleHints id={roleHintId} />
        </SelectField>
        <TextField
          label="The link works for this many days"
          hint="From 1 to 90 days."
          inputMode="numeric"
          className="rt-field--short"
          value={days}
          error={daysError}
          onChange={(event) => setDays(event.target.value)}
        />
        <Button type="submit" variant="primary" icon={<PlusIcon />} disabled={busy}>
          Make an invite link
        </Button>
      </form>

      <h3>Links you have made</h3>
      {state.kind === 'loading' ? <p className="rt-muted">Loading invite links…</p> : null}
      {state.kind === 'failed' ? (
        <div className="rt-form-error" role="alert">
          <p>{state.message}</p>
          <Button onClick={() => void load()}>Try again</Button>
        </div>
      ) : null}
      {state.kind === 'ready' && state.invites.length === 0 ? (
        <p className="rt-empty">No invite links yet.</p>
      ) : null}
      {state.kind === 'ready' && state.invites.length > 0 ? (
        <ul className="rt-people" data-testid="invites">
          {state.invites.map((invite) => {
            const expired = new Date(invite.expiresAt).getTime() <= now.getTime();
            const working = !invite.revokedAt && !expired;
            return (
              <li key={invite.id} className="rt-person" data-testid="invite">
                <p className="rt-person__name">
                  <strong>Invite link for {ROLE_NAMES[invite.role].toLowerCase()}s</strong>
                  <span className={working ? 'rt-tag' : 'rt-tag rt-tag--quiet'}>
                    {invite.revokedAt ? 'Withdrawn' : expired ? 'Expired' : 'Working'}
                  </span>
                </p>
                <p className="rt-person__details">
                  Made on {dayWords(invite.createdAt)}.{' '}
                  {invite.revokedAt
                    ? `Withdrawn on ${dayWords(invite.revokedAt)}.`
                    : `${expiryWords(invite.expiresAt, now)}.`}
                </p>
                <p className="rt-person__details">
                  {invite.joined.length === 0
                    ? 'Nobody has joined with this link yet.'
                    : `Joined with this link: ${invite.joined.map((person) => person.name).join(', ')}.`}
                </p>
                {working ? (
                  <Button variant="danger" disabled={busy} onClick={() => setWithdrawing(invite)}>
                    Withdraw this link
                  </Button>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      <ConfirmDialog
        open={withdrawing !== null}
        title="Withdraw this invite link?"
        description="Nobody new can join with it. People who already joined stay in the workspace."
        confirmLabel="Yes, withdraw it"
        variant="danger"
        onConfirm={() => (withdrawing ? withdraw(withdrawing) : Promise.resolve(null))}
        onClose={() => setWithdrawing(null)}
      />
    </section>
  );
}
