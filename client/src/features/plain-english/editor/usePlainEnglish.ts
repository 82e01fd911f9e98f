// Runs the plain-English helper on an open editor while it is on: marks in the text and a view
// for the panel. Typing only restarts a timer; once the text has been still for a moment the
// changed paragraphs (and only those) go to the worker, and the marks and the panel are brought
// up to date when its answers come back. Nothing is written to the shared document.
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { HardWord } from '@roundtable/shared/editor/hard-words';
import type { Finding } from '../analysis/index.ts';
import { PlainEnglishChecker, startPlainEnglishWorker } from '../worker/checker.ts';
import { BlockReader } from './blocks.ts';
import { documentView, findBlock, type BlockView, type DocumentView } from './document-view.ts';
import { createPlainEnglishMarks, plainEnglishMarksKey, updateMarks } from './marks.ts';

/** How long the text must be still before it is checked again. */
const RECHECK_AFTER_MS = 400;
/** While a long document is first checked, the panel and marks catch up this often at most. */
const SHOW_EVERY_MS = 300;

export interface UsePlainEnglishOptions {
  editor: Editor | null;
  enabled: boolean;
  easyRead: boolean;
  workspaceWords: readonly HardWord[];
}

export interface PlainEnglishState {
  view: DocumentView | null;
  checking: boolean;
  /** The worker could not start (offline before its script was ever loaded). */
  failed: boolean;
  /** Selects a finding's words in the text, scrolls to them and puts the focus there. */
  showInText: (block: BlockView, finding: Finding) => boolean;
}

/** The same array for as long as the words are the same, so a caller may pass a new one. */
function useSameWords(words: readonly HardWord[]): readonly HardWord[] {
  const kept = useRef(words);
  const key = (list: readonly HardWord[]) => JSON.stringify(list);
  if (kept.current !== words && key(kept.current) !== key(words)) kept.current = words;
  return kept.current;
}

export function usePlainEnglish({
  editor,
  enabled,
  easyRead,
  workspaceWords: givenWords,
}: UsePlainEnglishOptions): PlainEnglishState {
  const workspaceWords = useSameWords(givenWords);
  const [view, setView] = useState<DocumentView | null>(null);
  const [checking, setChecking] = useState(false);
  const [failed, setFailed] = useState(false);
  const reader = useRef(new BlockReader());
  const [checker, setChecker] = useState<PlainEnglishChecker | null>(null);

  useEffect(() => {
    if (!enabled || !editor) return undefined;
    const started = new PlainEnglishChecker(startPlainEnglishWorker());
    setChecker(started);
    return () => {
      started.destroy();
      setChecker(null);
      setView(null);
      setFailed(false);
    };
  }, [enabled, editor]);

  useEffect(() => {
    if (!checker || !editor || editor.isDestroyed) return undefined;
    const options = { easyRead, workspaceWords };
    checker.setOptions(options);
    editor.registerPlugin(createPlainEnglishMarks());

    let showTimer: ReturnType<typeof setTimeout> | undefined;
    const show = (): void => {
      showTimer = undefined;
      if (editor.isDestroyed) return;
      const blocks = reader.current.read(editor.state.doc);
      const next = documentView(blocks, (text) => checker.analysisOf(text), options);
      const current = plainEnglishMarksKey.getState(editor.state);
      const marks = current && updateMarks(current, editor.state.doc, next.blocks);
      if (marks && marks !== current)
        editor.view.dispatch(
          editor.state.tr.setMeta(plainEnglishMarksKey, marks).setMeta('addToHistory', false),
        );
      setView(next);
      setChecking(checker.checking);
    };
    const unsubscribe = checker.subscribe(() => {
      if (checker.failed) {
        setFailed(true);
        setChecking(false);
      } else if (!checker.checking) {
        clearTimeout(showTimer);
        show();
      } else showTimer ??= setTimeout(show, SHOW_EVERY_MS);
    });

    const check = (): void => {
      if (editor.isDestroyed) return;
      checker.check(reader.current.read(editor.state.doc).map((block) => block.text));
      setChecking(checker.checking);
    };
    let checkTimer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = (): void => {
      clearTimeout(checkTimer);
      checkTimer = setTimeout(check, RECHECK_AFTER_MS);
    };
    editor.on('update', onUpdate);
    check();
    return () => {
      editor.off('update', onUpdate);
      clearTimeout(checkTimer);
      clearTimeout(showTimer);
      unsubscribe();
      if (!editor.isDestroyed) editor.unregisterPlugin(plainEnglishMarksKey);
    };
  }, [checker, editor, easyRead, workspaceWords]);

  const showInText = useCallback(
    (block: BlockView, finding: Finding): boolean => {
      if (!editor || editor.isDestroyed) return false;
      const found = findBlock(reader.current.read(editor.state.doc), block);
      if (!found) return false;
      const start = found.pos + 1;
      const { doc } = editor.state;
      const selection = TextSelection.create(doc, start + finding.from, start + finding.to);
      editor.view.dispatch(editor.state.tr.setSelection(selection).scrollIntoView());
      editor.view.focus();
      return true;
    },
    [editor],
  );

  return {
    view: enabled ? view : null,
    checking: enabled && checking,
    failed: enabled && failed,
    showInText,
  };
}
