// The forms and dialogs of the versions page: save a version, and restore, rename or delete one.
import { useId, useRef, useState, type FormEvent } from 'react';
import type { VersionSummary } from '@roundtable/shared/protocol/documents';
import {
  BinIcon,
  Button,
  ConfirmDialog,
  Dialog,
  PlusIcon,
  RestoreIcon,
  TextField,
  useSubmit,
} from '../../ui/index.ts';
import { deleteVersion, renameVersion, restoreVersion, saveVersion } from './api.ts';

export function SaveVersionForm({
  documentId,
  onSaved,
}: {
  documentId: string;
  onSaved: (version: VersionSummary) => void;
}) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { busy, run } = useSubmit();
  const headingId = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setError('Please give the version a name');
      return;
    }
    await run(async () => {
      const result = await saveVersion(documentId, name);
      if (!result.ok) {
        setError(result.problem.message);
        return;
      }
      setError(null);
      setName('');
      onSaved(result.data);
    });
  };
  return (
    <form
      className="rt-card rt-version-save"
      aria-labelledby={headingId}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h2 id={headingId}>Save a version</h2>
      <TextField
        label="Name of the version"
        hint="For example: After workshop 3"
        value={name}
        error={error}
        onChange={(event) => setName(event.target.value)}
      />
      <Button type="submit" variant="primary" icon={<PlusIcon />} disabled={busy}>
        Save a version
      </Button>
    </form>
  );
}

export function RestoreDialog({
  version,
  onClose,
  onRestored,
}: {
  version: VersionSummary | null;
  onClose: () => void;
  onRestored: (version: VersionSummary, kept: VersionSummary) => void;
}) {
  return (
    <ConfirmDialog
      open={version !== null}
      title={version ? `Restore “${version.name}”?` : 'Restore'}
      description="This makes the draft look like this version. Everyone will see the change. The draft as it is now is kept as a version."
      confirmLabel="Restore this version"
      confirmIcon={<RestoreIcon />}
      onClose={onClose}
      onConfirm={async () => {
        if (!version) return null;
        const result = await restoreVersion(version.id);
        if (!result.ok) return result.problem.message;
        onRestored(version, result.data);
        return null;
      }}
    />
  );
}

export function RenameDialog({
  version,
  onClose,
  onRenamed,
}: {
  version: VersionSummary | null;
  onClose: () => void;
  onRenamed: (version: VersionSummary) => void;
}) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const opened = useRef<string | null>(null);
  if (version && opened.current !== version.id) {
    opened.current = version.id;
    setName(version.name);
    setError(null);
  }
  if (!version && opened.current !== null) opened.current = null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!version) return;
    const result = await renameVersion(version.id, name);
    if (result.ok) onRenamed(result.data);
    else setError(result.problem.message);
  };
  return (
    <Dialog open={version !== null} title="Rename the version" onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label="New name"
          value={name}
          error={error}
          onChange={(event) => setName(event.target.value)}
        />
        <div className="rt-dialog__actions">
          <Button type="submit" variant="primary">
            Save the name
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </div>
      </form>
    </Dialog>
  );
}

export function DeleteDialog({
  version,
  onClose,
  onDeleted,
}: {
  version: VersionSummary | null;
  onClose: () => void;
  onDeleted: (version: VersionSummary) => void;
}) {
  return (
    <ConfirmDialog
      open={version !== null}
      title={version ? `Delete “${version.name}”?` : 'Delete'}
      description="The version is gone for good. The draft does not change."
      confirmLabel="Delete the version"
      confirmIcon={<BinIcon />}
      variant="danger"
      onClose={onClose}
      onConfirm={async () => {
        if (!version) return null;
        const result = await deleteVersion(version.id);
        if (!result.ok) return result.problem.message;
        onDeleted(version);
        return null;
      }}
    />
  );
}
