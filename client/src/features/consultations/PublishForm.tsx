// For facilitators: publish a saved version for public comment, with a few words saying what
// the group is asking and a closing date.
import { useState } from 'react';
import {
  INTRODUCTION_MAX,
  type ConsultationSummary,
} from '@roundtable/shared/protocol/consultations';
import { Button, TextField, useSubmit } from '../../ui/index.ts';
import { publishConsultation } from './api.ts';
import { TextAreaField } from './TextAreaField.tsx';

const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export function PublishForm({
  workspaceId,
  versionId,
  onPublished,
}: {
  workspaceId: string;
  versionId: string;
  onPublished: (consultation: ConsultationSummary) => void;
}) {
  const [introduction, setIntroduction] = useState('');
  const [closes, setCloses] = useState(inDays(28));
  const submit = useSubmit<{ message: string; field?: string | undefined }>();
  const publish = async () => {
    // The end of the chosen day, where the person is.
    const closesAt = new Date(`${closes}T23:59:00`).toISOString();
    const result = await publishConsultation(workspaceId, { versionId, introduction, closesAt });
    if (!result.ok) {
      submit.setError({ message: result.problem.message, field: result.problem.field });
      return;
    }
    onPublished(result.data);
  };
  const error = submit.error;
  return (
    <form
      className="rt-card"
      aria-labelledby="publish-heading"
      onSubmit={submit.onSubmit(publish)}
      noValidate
    >
      <h2 id="publish-heading">Ask the public about this version</h2>
      <p>
        Anyone with the link can read this version and comment on each paragraph, without an
        account. The words people read do not change when the draft changes.
      </p>
      <TextAreaField
        label="What are you asking people?"
        hint="A few sentences in plain words: who you are, what the draft is for, and what you would like to know."
        value={introduction}
        maxLength={INTRODUCTION_MAX}
        error={error?.field === 'introduction' ? error.message : null}
        onChange={(event) => setIntroduction(event.target.value)}
      />
      <TextField
        label="Closing date"
        hint="Comments are taken until the end of this day."
        type="date"
        value={closes}
        min={inDays(1)}
        error={error?.field === 'closesAt' ? error.message : null}
        onChange={(event) => setCloses(event.target.value)}
      />
      {error && error.field !== 'introduction' && error.field !== 'closesAt' ? (
        <p className="rt-form-error" role="alert">
          {error.message}
        </p>
      ) : null}
      <Button type="submit" variant="primary" disabled={submit.busy}>
        Publish for comment
      </Button>
    </form>
  );
}
