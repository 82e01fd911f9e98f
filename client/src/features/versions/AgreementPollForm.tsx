// For a facilitator in a meeting: ask the group to agree a version of the meeting's document.
// Choose a saved version or save the draft now; the question is written for you; the draft can
// be locked while people decide, so everyone agrees to the words they see.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { VersionSummary } from '@roundtable/shared/protocol/documents';
import { Button, TextField, SelectField, useSubmit } from '../../ui/index.ts';
import { getDocument } from '../workspaces/index.ts';
import { listVersions, saveVersion } from './api.ts';
import { dayWords } from './words.ts';

export interface AgreementPollInput {
  question: string;
  versionId: string;
  locksDraft: boolean;
}

const SAVE_NOW = 'save-now';

interface DocumentChoice {
  id: string;
  title: string;
  versions: VersionSummary[];
}

async function documentChoice(documentId: string): Promise<DocumentChoice> {
  const [details, versions] = await Promise.all([
    getDocument(documentId),
    listVersions(documentId),
  ]);
  return {
    id: documentId,
    title: details.ok ? details.data.title : 'A document',
    versions: versions.ok ? versions.data : [],
  };
}

export function AgreementPollForm({
  documentIds,
  onOpen,
  onCancel,
}: {
  documentIds: readonly string[];
  onOpen: (input: AgreementPollInput) => Promise<boolean>;
  onCancel: () => void;
}) {
  const id = useId();
  const [documentId, setDocumentId] = useState(documentIds[0] ?? '');
  const [choice, setChoice] = useState(SAVE_NOW);
  const [newName, setNewName] = useState(`For agreement on ${dayWords(new Date().toISOString())}`);
  const [question, setQuestion] = useState('');
  const [questionEdited, setQuestionEdited] = useState(false);
  const [locksDraft, setLocksDraft] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, run } = useSubmit();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const { data: documents = null } = useQuery({
    queryKey: ['agreement-poll', 'documents', documentIds],
    queryFn: () => Promise.all(documentIds.map(documentChoice)),
    gcTime: 0,
  });

  const document = documents?.find((d) => d.id === documentId) ?? null;
  const version = document?.versions.find((v) => v.id === choice) ?? null;
  const versionName = choice === SAVE_NOW ? newName.trim() : (version?.name ?? '');
  const suggested = `Do we agree with the version “${versionName}”${
    document && documents && documents.length > 1 ? ` of ${document.title}` : ''
  }?`;
  const shownQuestion = questionEdited ? question : suggested;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!document) {
      setProblem('This meeting has no document to agree.');
      return;
    }
    if (choice === SAVE_NOW && newName.trim() === '') {
      setProblem('Please give the new version a name.');
      return;
    }
    if (shownQuestion.trim() === '') {
      setProblem('Please write the question.');
      return;
    }
    await run(async () => {
      setProblem(null);
      let versionId = choice;
      if (choice === SAVE_NOW) {
        const saved = await saveVersion(document.id, newName);
        if (!saved.ok) {
          setProblem(saved.problem.message);
          return;
        }
        versionId = saved.data.id;
      }
      const ok = await onOpen({ question: shownQuestion, versionId, locksDraft });
      if (!ok) setProblem('The poll did not open. Please try again.');
    });
  };

  if (documentIds.length === 0) {
    return (
      <div className="rt-agreement-form">
        <p>This meeting has no document, so there is no version to agree.</p>
        <Button onClick={onCancel}>Back</Button>
      </div>
    );
  }

  return (
    <form
      className="rt-poll-form rt-agreement-form"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h3 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        Ask the group to agree a version
      </h3>
      {!documents ? <p className="rt-muted">Loading the versions…</p> : null}
      {documents && documents.length > 1 ? (
        <SelectField
          label="Document"
          value={documentId}
          onChange={(chosen) => {
            setDocumentId(chosen);
            setChoice(SAVE_NOW);
          }}
          options={documents.map((d) => ({ value: d.id, label: d.title }))}
        />
      ) : null}
      {document ? (
        <SelectField
          label="Which version?"
          value={choice}
          onChange={setChoice}
          options={[
            { value: SAVE_NOW, label: 'Save the draft as it is now, and ask about that' },
            ...document.versions.map((v) => ({
              value: v.id,
              label: `${v.name}${v.agreement ? ' (already agreed)' : ''}`,
            })),
          ]}
        />
      ) : null}
      {choice === SAVE_NOW ? (
        <TextField
          label="Name of the new version"
          value={newName}
          onChange={(event) => setNewName(event.target.value)}
        />
      ) : null}
      <TextField
        label="Question"
        value={shownQuestion}
        onChange={(event) => {
          setQuestionEdited(true);
          setQuestion(event.target.value);
        }}
      />
      <p className="rt-muted">
        People answer: Agree, Agree with concerns, Disagree, or I need more time. Concerns and
        disagreement ask for a reason.
      </p>
      <div className="rt-check">
        <input
          className="rt-check__input"
          type="checkbox"
          id={`${id}-lock`}
          checked={locksDraft}
          onChange={(event) => setLocksDraft(event.target.checked)}
        />
        <label className="rt-check__label" htmlFor={`${id}-lock`}>
          Lock the draft while people decide
          <span className="rt-check__hint">
            Nobody can change the document until you close the poll, so everyone agrees to the words
            they see.
          </span>
        </label>
      </div>
      {problem ? (
        <p className="rt-form-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="rt-version__actions">
        <Button type="submit" variant="primary" disabled={busy || !documents}>
          Open the agreement poll
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
