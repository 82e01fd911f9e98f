// One hard word in the list: the word and what it means; for people who may change the words, a
// way to change it (in place) and to remove it (after asking).
import { useRef, useState } from 'react';
import type { HardWordView } from '@roundtable/shared/protocol/hard-words';
import { BinIcon, Button, ConfirmDialog, PencilIcon, VisuallyHidden } from '../../ui/index.ts';
import { changeHardWord, removeHardWord } from './api.ts';
import { HardWordForm } from './HardWordForm.tsx';

export interface HardWordItemProps {
  word: HardWordView;
  mayChange: boolean;
  /** Saved or removed: read the list again and say so. */
  onChanged: (message: string) => void;
}

export function HardWordItem({ word, mayChange, onChanged }: HardWordItemProps) {
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const changeButton = useRef<HTMLButtonElement>(null);

  if (editing) {
    return (
      <li className="rt-hard-word-item rt-hard-word-item--editing">
        <HardWordForm
          initial={{ word: word.word, explanation: word.explanation }}
          submitLabel="Save the change"
          focus="explanation"
          onSubmit={(fields) => changeHardWord(word.workspaceId, word.id, fields)}
          onSaved={(fields) => {
            setEditing(false);
            onChanged(`Saved. “${fields.word}” is changed for everyone.`);
          }}
          onCancel={() => {
            setEditing(false);
            requestAnimationFrame(() => changeButton.current?.focus());
          }}
        />
      </li>
    );
  }

  return (
    <li className="rt-hard-word-item">
      <p className="rt-hard-word-item__text">
        <strong className="rt-hard-word-item__word">{word.word}</strong>
        <span className="rt-hard-word-item__explanation">{word.explanation}</span>
      </p>
      {mayChange ? (
        <div className="rt-hard-word-item__actions">
          <Button ref={changeButton} icon={<PencilIcon />} onClick={() => setEditing(true)}>
            Change <VisuallyHidden>“{word.word}”</VisuallyHidden>
          </Button>
          <Button icon={<BinIcon />} onClick={() => setRemoving(true)}>
            Remove <VisuallyHidden>“{word.word}”</VisuallyHidden>
          </Button>
        </div>
      ) : null}
      <ConfirmDialog
        open={removing}
        title={`Remove “${word.word}”?`}
        description="It will no longer be marked or explained in the text, for anyone in this workspace."
        confirmLabel="Remove the hard word"
        confirmIcon={<BinIcon />}
        variant="danger"
        onConfirm={async () => {
          const result = await removeHardWord(word.workspaceId, word.id);
          if (!result.ok) return result.problem.message;
          onChanged(`“${word.word}” is no longer a hard word.`);
          return null;
        }}
        onClose={() => setRemoving(false)}
      />
    </li>
  );
}
