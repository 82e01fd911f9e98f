// Title and minutes for an agenda item: the form a facilitator fills in to add an item or
// change one. Minutes are a whole number from 1 to 480.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, TextField, useSubmit } from '../../ui/index.ts';

/** Reads minutes typed in a box: a whole number from 1 to 480, else null. */
function readMinutes(text: string): number | null {
  const minutes = Number(text);
  return Number.isInteger(minutes) && minutes >= 1 && minutes <= 480 ? minutes : null;
}

/** Title and minutes for a new item or a changed one. */
export function ItemForm({
  legend,
  saveLabel,
  initial,
  onSave,
  onCancel,
}: {
  legend: string;
  saveLabel: string;
  initial: { title: string; minutes: number };
  onSave: (title: string, minutes: number) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [title, setTitle] = useState(initial.title);
  const [minutes, setMinutes] = useState(String(initial.minutes));
  const [problem, setProblem] = useState<{ field: 'title' | 'minutes'; message: string } | null>(
    null,
  );
  const { busy, run } = useSubmit();
  const titleField = useRef<HTMLInputElement>(null);
  const minutesField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    titleField.current?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') {
      setProblem({ field: 'title', message: 'Please write a title.' });
      titleField.current?.focus();
      return;
    }
    const wanted = readMinutes(minutes);
    if (wanted === null) {
      setProblem({ field: 'minutes', message: 'Please write a number of minutes, 1 or more.' });
      minutesField.current?.focus();
      return;
    }
    setProblem(null);
    await run(async () => {
      await onSave(title.trim(), wanted);
    });
  };

  return (
    <form
      className="rt-meeting-form rt-meeting-agenda__edit"
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
      noValidate
    >
      <fieldset>
        <legend>{legend}</legend>
        <TextField
          ref={titleField}
          label="Agenda item title"
          value={title}
          error={problem?.field === 'title' ? problem.message : null}
          onChange={(event) => setTitle(event.target.value)}
        />
        <TextField
          ref={minutesField}
          label="How many minutes?"
          type="number"
          inputMode="numeric"
          min={1}
          max={480}
          value={minutes}
          error={problem?.field === 'minutes' ? problem.message : null}
          onChange={(event) => setMinutes(event.target.value)}
        />
        <div className="rt-inline-form__actions">
          <Button type="submit" variant="primary" disabled={busy}>
            {saveLabel}
          </Button>
          <Button onClick={onCancel}>Cancel</Button>
        </div>
      </fieldset>
    </form>
  );
}
