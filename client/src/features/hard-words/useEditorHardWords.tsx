// Hard words in a live editor: the workspace's words marked in the text (and kept current when
// someone changes them), the tip that explains the word under the caret or pointer, and
// "Explain a word" for the word chosen in the text, for people who may change the words.
import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { CollabSession } from '../../realtime/index.ts';
import { useAnnouncer } from '../../ui/index.ts';
import { useCan } from '../access/index.ts';
import { chosenWord } from './chosen-word.ts';
import { ExplainWordDialog } from './ExplainWordDialog.tsx';
import { setHardWords } from './hard-word-marks.ts';
import { HardWordTip } from './HardWordTip.tsx';
import { useHardWords, useLiveHardWords } from './queries.ts';

export interface EditorHardWords {
  /** Opens "Explain a word" for the chosen word; absent for people who may not change words. */
  explainWord?: () => void;
  /** The tip, to place inside the editor's frame. */
  tip: ReactNode;
  /** The dialog, anywhere in the page. */
  dialog: ReactNode;
}

export function useEditorHardWords(
  editor: Editor,
  session: CollabSession,
  workspaceId: string | undefined,
): EditorHardWords {
  const words = useHardWords(workspaceId);
  useLiveHardWords(session, workspaceId);
  useEffect(() => setHardWords(editor, words), [editor, words]);
  const may = useCan();
  const { announce } = useAnnouncer();
  const [chosen, setChosen] = useState<string | null>(null);
  const close = useCallback(() => setChosen(null), []);
  const mayChange = workspaceId !== undefined && may('hard-words:change', workspaceId);

  const explainWord = useCallback(() => {
    const found = chosenWord(editor.state);
    if (found.ok) setChosen(found.word);
    else announce(found.message);
  }, [editor, announce]);

  return {
    ...(mayChange ? { explainWord } : {}),
    tip: <HardWordTip editor={editor} />,
    dialog:
      mayChange && workspaceId !== undefined ? (
        <ExplainWordDialog
          workspaceId={workspaceId}
          words={words}
          chosen={chosen}
          onClose={close}
        />
      ) : null,
  };
}
