// "Plain English" beside the document: a switch for the helper, the document's summary ("12 of
// 40 sentences are long"), a key to the marks in the text, and the list of what it found.
import type { Editor } from '@tiptap/core';
import { useEffect, useId, useState } from 'react';
import type { HardWord } from '@roundtable/shared/editor/hard-words';
import { Button, Checkbox, useAnnouncer } from '../../ui/index.ts';
import { LONG_SENTENCE_WORDS } from './analysis/index.ts';
import { usePlainEnglishSwitch } from './editor/remembered-switch.ts';
import { useCountAnnouncement } from './editor/useCountAnnouncement.ts';
import { usePlainEnglish } from './editor/usePlainEnglish.ts';
import { FindingsList } from './FindingsList.tsx';
import { SummaryLines } from './SummaryLines.tsx';
import './plain-english.css';

/** What the helper is told about the document. */
export interface PlainEnglishInput {
  /** The document is an Easy Read document: sentences of 15 words or fewer. */
  easyRead?: boolean;
  /** The workspace's own hard words, found as well as the UK list. */
  workspaceWords?: readonly HardWord[];
}

export interface PlainEnglishPanelProps extends PlainEnglishInput {
  editor: Editor | null;
}

const NO_WORDS: readonly HardWord[] = [];

export function PlainEnglishPanel({
  editor,
  easyRead = false,
  workspaceWords = NO_WORDS,
}: PlainEnglishPanelProps) {
  const headingId = useId();
  const [enabled, setEnabled] = usePlainEnglishSwitch();
  // Anyone may check a part of an ordinary document against the Easy Read length, too.
  const [easyReadChosen, chooseEasyRead] = useState(easyRead);
  useEffect(() => chooseEasyRead(easyRead), [easyRead]);
  const { view, checking, failed, showInText } = usePlainEnglish({
    editor,
    enabled,
    easyRead: easyReadChosen,
    workspaceWords,
  });
  const { announce } = useAnnouncer();
  useCountAnnouncement(view ? view.total : null, checking);

  return (
    <section className="rt-plain" aria-labelledby={headingId}>
      <h2 className="rt-plain__title" id={headingId}>
        Plain English
      </h2>
      <Button
        className="rt-plain__toggle"
        aria-pressed={enabled}
        onClick={() => setEnabled(!enabled)}
      >
        {enabled ? (
          <span className="rt-plain__tick" aria-hidden="true">
            ✓
          </span>
        ) : null}
        Check plain English
      </Button>
      {enabled ? (
        <>
          <Checkbox
            label="Check for Easy Read"
            hint={`Sentences of ${LONG_SENTENCE_WORDS.easyRead} words or fewer, instead of ${LONG_SENTENCE_WORDS.standard}.`}
            checked={easyReadChosen}
            onChange={chooseEasyRead}
          />
          {view ? <SummaryLines summary={view.summary} /> : null}
          {failed ? (
            <p className="rt-form-error" role="alert">
              The check could not start. This can happen when you are offline. Turn it off and on
              again when you are back online.
            </p>
          ) : checking || !view ? (
            <p className="rt-plain__checking">Checking the text…</p>
          ) : null}
          <p className="rt-plain__key">
            In the text,{' '}
            <span className="rt-plain-mark rt-plain-mark--sentence">a dotted line</span> is under a
            sentence to look at, and{' '}
            <span className="rt-plain-mark rt-plain-mark--word">a dashed line</span> is under words
            to look at.
          </p>
          {view ? (
            <FindingsList
              blocks={view.blocks}
              onShow={(block, finding) => {
                if (!showInText(block, finding))
                  announce(
                    'That part of the text has changed. The list will catch up in a moment.',
                  );
              }}
            />
          ) : null}
        </>
      ) : (
        <p className="rt-plain__hint">
          Marks long sentences, hard words and other things that can make the text harder to read.
          Only you see the marks.
        </p>
      )}
    </section>
  );
}
