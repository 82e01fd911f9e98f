// For a facilitator: ask the group to agree a version between meetings, by a closing date.
// Everyone who may take part can then respond from the versions page until voting closes.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { MAX_PROPOSAL_DAYS } from '@roundtable/shared/domain/proposals';
import type { VersionSummary } from '@roundtable/shared/protocol/documents';
import type { ProposalSummary } from '@roundtable/shared/protocol/proposals';
import { Button, TextField, useSubmit } from '../../ui/index.ts';
import { proposeVersion } from './api.ts';
import { localInputValue, suggestedClosing } from './proposal-words.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export function ProposeForm({
  version,
  onProposed,
  onCancel,
}: {
  version: VersionSummary;
  onProposed: (proposal: ProposalSummary) => void;
  onCancel: () => void;
}) {
  const [closesAt, setClosesAt] = useState(() => localInputValue(suggestedClosing()));
  /** What is wrong with the date (shown by the field), or with the request as a whole. */
  const [problem, setProblem] = useState<{ message: string; aboutDate: boolean } | null>(null);
  const { busy, run } = useSubmit();
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);
  const now = new Date();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const closes = new Date(closesAt);
    if (closesAt === '' || Number.isNaN(closes.getTime())) {
      setProblem({
        message: 'Please choose the date and time when voting closes.',
        aboutDate: true,
      });
      field.current?.focus();
      return;
    }
    await run(async () => {
      setProblem(null);
      const result = await proposeVersion(version.id, closes.toISOString());
      if (result.ok) {
        onProposed(result.data);
        return;
      }
      const aboutDate = result.problem.field === 'closesAt';
      setProblem({ message: result.problem.message, aboutDate });
      if (aboutDate) field.current?.focus();
    });
  };

  return (
    <form
      className="rt-poll-form rt-propose-form"
      aria-label={`Ask the group to agree “${version.name}”`}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <TextField
        ref={field}
        type="datetime-local"
        label="Voting closes on"
        hint={`Choose a date and time, up to ${MAX_PROPOSAL_DAYS} days from now. Until then everyone in the group can say whether they agree, and change their answer. When voting closes, the group's agreement rule decides.`}
        value={closesAt}
        min={localInputValue(now)}
        max={localInputValue(new Date(now.getTime() + MAX_PROPOSAL_DAYS * DAY_MS))}
        error={problem?.aboutDate ? problem.message : null}
        onChange={(event) => setClosesAt(event.target.value)}
      />
      {problem && !problem.aboutDate ? (
        <p className="rt-form-error" role="alert">
          {problem.message}
        </p>
      ) : null}
      <div className="rt-version__actions">
        <Button type="submit" variant="primary" disabled={busy}>
          Ask the group
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
