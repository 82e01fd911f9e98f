// The dialog behind "Explain a word": the word chosen in the text, and what it means. A word the
// workspace already explains opens with its explanation, to change it.
import { useQueryClient } from '@tanstack/react-query';
import { hardWordKey, type HardWordView } from '@roundtable/shared/protocol/hard-words';
import { queryKeys } from '../../app/query-keys.ts';
import { Dialog, useAnnouncer } from '../../ui/index.ts';
import { addHardWord, changeHardWord } from './api.ts';
import { HardWordForm } from './HardWordForm.tsx';

export interface ExplainWordDialogProps {
  workspaceId: string;
  words: readonly HardWordView[];
  /** The word chosen in the text; null while the dialog is closed. */
  chosen: string | null;
  onClose: () => void;
}

export function ExplainWordDialog({ workspaceId, words, chosen, onClose }: ExplainWordDialogProps) {
  const queryClient = useQueryClient();
  const { announce } = useAnnouncer();
  const existing =
    chosen === null ? undefined : words.find((w) => hardWordKey(w.word) === hardWordKey(chosen));
  const saved = (word: string) => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.hardWords(workspaceId) });
    announce(
      existing
        ? `Saved. The explanation of “${word}” is changed for everyone.`
        : `“${word}” is now a hard word. It is marked in the text for everyone.`,
    );
    onClose();
  };
  return (
    <Dialog
      open={chosen !== null}
      title={existing ? 'Change a hard word' : 'Explain a word'}
      description={
        existing
          ? 'This word is already explained. You can change what it says.'
          : 'Say what the word means, in easy words. Everyone sees it when they point at the word or put the cursor in it.'
      }
      onClose={onClose}
    >
      {chosen !== null ? (
        <HardWordForm
          initial={existing ?? { word: chosen, explanation: '' }}
          submitLabel={existing ? 'Save the change' : 'Add the hard word'}
          focus="explanation"
          onSubmit={(fields) =>
            existing
              ? changeHardWord(workspaceId, existing.id, fields)
              : addHardWord(workspaceId, fields)
          }
          onSaved={(fields) => saved(fields.word)}
          onCancel={onClose}
        />
      ) : null}
    </Dialog>
  );
}
