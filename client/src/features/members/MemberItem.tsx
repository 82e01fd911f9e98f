// One person on the Members page: name, colour, pronouns and role for everyone; for
// facilitators also how the person likes information, and the tools to change their role,
// make them a sign-in link, remove them, or download their data (an access request); for
// administrators, to erase them.
import { useState, type FormEvent } from 'react';
import { roles, type Role } from '@roundtable/shared/domain/policy';
import type { Member } from '@roundtable/shared/protocol/people';
import {
  Button,
  ConfirmDialog,
  LinkIcon,
  VisuallyHidden,
  dayWords,
  expiryWords,
  useAnnouncer,
  SelectField,
  useSubmit,
} from '../../ui/index.ts';
import { DownloadData, memberDataPath } from '../my-data/index.ts';
import { changeRole, makeSignInLink, removeMember } from './api.ts';
import { ErasePerson } from './ErasePerson.tsx';
import { OneTimeSecret } from './OneTimeSecret.tsx';
import { ROLE_NAMES, TAKE_PART_WORDS, informationWords } from './words.ts';

export interface MemberItemProps {
  workspaceId: string;
  member: Member;
  isYou: boolean;
  manage: boolean;
  onChanged: () => Promise<void>;
  /** The id of the paragraph that says what each role may do. */
  roleHintId: string;
  /** The viewer is an administrator, who may erase a person (not themselves). */
  mayErase: boolean;
}

export function MemberItem({
  workspaceId,
  member,
  isYou,
  manage,
  onChanged,
  roleHintId,
  mayErase,
}: MemberItemProps) {
  const { announce } = useAnnouncer();
  const [role, setRole] = useState<Role>(member.role);
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, run } = useSubmit();
  const [confirming, setConfirming] = useState(false);
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);

  const saveRole = async (event: FormEvent) => {
    event.preventDefault();
    if (role === member.role) {
      announce(`Nothing to save: ${member.name} is already ${ROLE_NAMES[role].toLowerCase()}.`);
      return;
    }
    await run(async () => {
      const result = await changeRole(workspaceId, member.userId, role);
      if (!result.ok) {
        setProblem(result.problem.message);
        setRole(member.role);
        return;
      }
      setProblem(null);
      announce(`${member.name} is now ${ROLE_NAMES[role].toLowerCase()}.`);
      void onChanged();
    });
  };

  const remove = async (): Promise<string | null> => {
    const result = await removeMember(workspaceId, member.userId);
    if (!result.ok) return result.problem.message;
    setConfirming(false);
    announce(
      isYou
        ? 'You have left this workspace.'
        : `${member.name} was removed from this workspace. If they joined with an invite link, that link has been withdrawn: make a new link for anyone who still needs to join.`,
    );
    await onChanged();
    return null;
  };

  const makeLink = async () => {
    await run(async () => {
      const result = await makeSignInLink(workspaceId, member.userId);
      if (!result.ok) {
        setProblem(result.problem.message);
        return;
      }
      setProblem(null);
      setLink(result.data);
    });
  };

  const information = member.information ? informationWords(member.information) : [];
  const notes = member.information?.notes ?? '';

  return (
    <li className="rt-person" data-testid="member">
      <h3 className="rt-person__name">
        <span
          className="rt-person__swatch"
          aria-hidden="true"
          style={{ backgroundColor: member.colour }}
        />
        <span>
          {member.name}
          {isYou ? ' (you)' : ''}
        </span>
        {member.pronouns ? <span className="rt-muted">({member.pronouns})</span> : null}
        <span className="rt-tag">{ROLE_NAMES[member.role]}</span>
        {member.takePart ? (
          <span className="rt-tag rt-tag--quiet">{TAKE_PART_WORDS[member.takePart]}</span>
        ) : null}
      </h3>
      <p className="rt-muted">Joined on {dayWords(member.joinedAt)}</p>

      {member.information ? (
        <dl className="rt-person__details">
          <dt>How {isYou ? 'you like' : 'they like'} information</dt>
          <dd>
            {information.length === 0 && !notes
              ? 'Nothing chosen yet.'
              : [...information, notes ? `“${notes}”` : null].filter(Boolean).join('. ')}
          </dd>
        </dl>
      ) : null}

      {problem ? (
        <p className="rt-form-error" role="alert">
          {problem}
        </p>
      ) : null}

      {manage ? (
        <>
          <form className="rt-role-form" onSubmit={(event) => void saveRole(event)}>
            <SelectField<Role>
              label={`Role for ${member.name}`}
              selectClassName="rt-select"
              describedBy={roleHintId}
              value={role}
              onChange={setRole}
              options={roles.map((option) => ({ value: option, label: ROLE_NAMES[option] }))}
            />
            <Button type="submit" disabled={busy}>
              Save role <VisuallyHidden>for {member.name}</VisuallyHidden>
            </Button>
          </form>
          {link ? (
            <OneTimeSecret
              label={`Sign-in link for ${member.name}`}
              value={link.url}
              onDone={() => setLink(null)}
            >
              <p className="rt-field__hint">
                Give this link to {member.name} only. It signs them in once.{' '}
                {expiryWords(link.expiresAt)}.
              </p>
            </OneTimeSecret>
          ) : null}
          {!isYou ? (
            <DownloadData
              path={memberDataPath(workspaceId, member.userId)}
              preparing={`Preparing the data of ${member.name}… this can take up to a minute.`}
            >
              Download their data <VisuallyHidden>({member.name})</VisuallyHidden>
            </DownloadData>
          ) : null}
          <div className="rt-row-actions">
            {!isYou ? (
              <Button icon={<LinkIcon />} disabled={busy} onClick={() => void makeLink()}>
                Make a sign-in link <VisuallyHidden>for {member.name}</VisuallyHidden>
              </Button>
            ) : null}
            <Button variant="danger" disabled={busy} onClick={() => setConfirming(true)}>
              {isYou ? 'Leave this workspace' : 'Remove'}{' '}
              {isYou ? null : <VisuallyHidden>{member.name}</VisuallyHidden>}
            </Button>
            {mayErase && !isYou ? (
              <ErasePerson userId={member.userId} name={member.name} onErased={onChanged} />
            ) : null}
          </div>
          <ConfirmDialog
            open={confirming}
            title={isYou ? 'Leave this workspace?' : `Remove ${member.name}?`}
            description={
              isYou
                ? 'You will no longer see this workspace or its documents. Anything open closes straight away. A facilitator can invite you again later with a new link.'
                : `${member.name} will no longer see this workspace or its documents. Anything open closes straight away. If they joined with an invite link, that link is withdrawn too; people who already joined through it stay. You can invite them again later with a new link.`
            }
            confirmLabel={isYou ? 'Yes, leave' : `Yes, remove ${member.name}`}
            variant="danger"
            onConfirm={remove}
            onClose={() => setConfirming(false)}
          />
        </>
      ) : null}
    </li>
  );
}
