// For administrators, on the Members page: erase a person (a data-protection request). The
// confirmation says in plain words what happens: their name goes everywhere, even from old
// versions, and they show as "Former member" and a number; the words they wrote stay unless
// the administrator also takes out their suggestions nobody has decided yet.
import { useState } from 'react';
import { Button, Checkbox, ConfirmDialog, VisuallyHidden, useAnnouncer } from '../../ui/index.ts';
import { erasePerson } from './api.ts';

export interface ErasePersonProps {
  userId: string;
  name: string;
  onErased: () => Promise<void>;
}

export function ErasePerson({ userId, name, onErased }: ErasePersonProps) {
  const { announce } = useAnnouncer();
  const [confirming, setConfirming] = useState(false);
  const [removeSuggestions, setRemoveSuggestions] = useState(false);

  const erase = async (): Promise<string | null> => {
    const result = await erasePerson(userId, removeSuggestions);
    if (!result.ok) return result.problem.message;
    setConfirming(false);
    announce(
      `${name} was erased. Everywhere they appeared, they are now ${result.data.pseudonym}.`,
    );
    await onErased();
    return null;
  };

  return (
    <>
      <Button variant="danger" onClick={() => setConfirming(true)}>
        Erase this person <VisuallyHidden>({name})</VisuallyHidden>
      </Button>
      <ConfirmDialog
        open={confirming}
        title={`Erase ${name}?`}
        description={`This cannot be undone. ${name} is removed from every workspace and signed out. Their name, email address and profile are deleted. Everywhere they took part, in documents, old versions, comments, votes and meetings, they are shown as “Former member” and a number instead. The words they wrote in documents stay, because they belong to the group.`}
        confirmLabel={`Yes, erase ${name}`}
        variant="danger"
        onConfirm={erase}
        onClose={() => setConfirming(false)}
      >
        <Checkbox
          label="Also take out their suggestions that nobody has decided yet"
          hint="Suggestions that were accepted are part of the text and stay."
          checked={removeSuggestions}
          onChange={setRemoveSuggestions}
        />
      </ConfirmDialog>
    </>
  );
}
