// Changing a public page: the words in a large text box, how to mark headings, lists and links
// beside it, a preview of the page as people will see it, and "Start again from the template".
import { useId, useRef, useState, type FormEvent } from 'react';
import { NOTICE_MAX_CHARACTERS, type Notice } from '@roundtable/shared/protocol/notices';
import { Button, ConfirmDialog, useSubmit } from '../../ui/index.ts';
import { resetNotice, saveNotice } from './api.ts';
import { NoticeText } from './NoticeText.tsx';

export interface NoticeEditorProps {
  notice: Notice;
  title: string;
  /** Called with the saved page, or null when the person cancelled. */
  onDone: (saved: Notice | null) => void;
}

export function NoticeEditor({ notice, title, onDone }: NoticeEditorProps) {
  const id = useId();
  const [text, setText] = useState(notice.text);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const { busy, run } = useSubmit();

  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const result = await saveNotice(notice.kind, text);
      if (result.ok) onDone(result.data);
      else {
        setProblem(result.problem.message);
        box.current?.focus();
      }
    });
  };
  const reset = async (): Promise<string | null> => {
    const result = await resetNotice(notice.kind);
    if (!result.ok) return result.problem.message;
    setConfirmReset(false);
    onDone(result.data);
    return null;
  };

  return (
    <>
      <form
        className="rt-card rt-notice-editor"
        onSubmit={save}
        noValidate
        aria-label={`Change the ${title.toLowerCase()}`}
      >
        {problem ? (
          <p className="rt-form-error" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="rt-field">
          <label className="rt-field__label" htmlFor={`${id}-text`}>
            The words of the page
          </label>
          <div className="rt-field__hint" id={`${id}-hint`}>
            <p>Mark the page like this:</p>
            <ul>
              <li>“## ” at the start of a line for a heading, “### ” for a smaller one</li>
              <li>“- ” at the start of a line for each point in a list</li>
              <li>an empty line between paragraphs</li>
              <li>**two stars** around words in bold</li>
              <li>[words](https://example.org) for a link</li>
            </ul>
          </div>
          <textarea
            ref={box}
            id={`${id}-text`}
            className="rt-textarea rt-notice-editor__text"
            aria-describedby={`${id}-hint`}
            value={text}
            maxLength={NOTICE_MAX_CHARACTERS}
            rows={20}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <section className="rt-notice-preview" aria-labelledby={`${id}-preview`}>
          <h2 id={`${id}-preview`}>Preview: how people will see it</h2>
          <NoticeText text={text} />
        </section>
        <div className="rt-row-actions">
          <Button type="submit" variant="primary" disabled={busy}>
            Save the page
          </Button>
          <Button type="button" onClick={() => onDone(null)}>
            Cancel
          </Button>
          <Button type="button" onClick={() => setConfirmReset(true)}>
            Start again from the template
          </Button>
        </div>
      </form>
      <ConfirmDialog
        open={confirmReset}
        title="Start again from the template?"
        description="Your words on this page will be replaced by the template Roundtable fills in."
        confirmLabel="Yes, start again"
        onConfirm={reset}
        onClose={() => setConfirmReset(false)}
      />
    </>
  );
}
