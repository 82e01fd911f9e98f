// Scheduling a meeting (facilitators): title, date and time, place or link, the documents it
// works on, and an agenda whose items are added, edited and put in order with buttons.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { DocumentSummary } from '@roundtable/shared/protocol/documents';
import type { MeetingSummary } from '@roundtable/shared/protocol/meeting';
import {
  BinIcon,
  Button,
  DownIcon,
  PlusIcon,
  TextField,
  UpIcon,
  VisuallyHidden,
  useSubmit,
} from '../../ui/index.ts';
import { queryKeys } from '../../app/query-keys.ts';
import { listWorkspaceDocuments, scheduleMeeting } from './api.ts';

interface DraftItem {
  key: number;
  title: string;
  minutes: string;
}

export interface ScheduleFormProps {
  workspaceId: string;
  onScheduled: (meeting: MeetingSummary) => void;
  onCancel: () => void;
}

export function ScheduleForm({ workspaceId, onScheduled, onCancel }: ScheduleFormProps) {
  const headingId = useId();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('10:00');
  const [place, setPlace] = useState('');
  const { data: listed } = useQuery({
    queryKey: queryKeys.workspaceDocuments(workspaceId),
    queryFn: () => listWorkspaceDocuments(workspaceId),
  });
  const documents: DocumentSummary[] = listed?.ok ? listed.data : [];
  const [chosen, setChosen] = useState<string[]>([]);
  const [items, setItems] = useState<DraftItem[]>([{ key: 1, title: '', minutes: '10' }]);
  const [problem, setProblem] = useState<{ field?: string; message: string } | null>(null);
  const { busy, run } = useSubmit();
  const nextKey = useRef(2);
  const focusKey = useRef<number | null>(null);
  const firstField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    firstField.current?.focus();
  }, []);
  // With only one document, it is chosen from the start.
  const onlyDocument = listed?.ok && listed.data.length === 1 ? listed.data[0]?.id : undefined;
  useEffect(() => {
    if (onlyDocument) setChosen([onlyDocument]);
  }, [onlyDocument]);

  useEffect(() => {
    if (focusKey.current === null) return;
    document.getElementById(`${headingId}-item-${focusKey.current}`)?.focus();
    focusKey.current = null;
  }, [items, headingId]);

  const move = (index: number, by: -1 | 1) => {
    const to = index + by;
    if (to < 0 || to >= items.length) return;
    const next = [...items];
    [next[index], next[to]] = [next[to]!, next[index]!];
    setItems(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '')
      return setProblem({ field: 'title', message: 'Please write a title.' });
    const startsAt = new Date(`${date}T${time || '00:00'}`);
    if (!date || Number.isNaN(startsAt.getTime())) {
      return setProblem({ field: 'date', message: 'Please choose the date.' });
    }
    const agenda = items
      .filter((item) => item.title.trim() !== '')
      .map((item) => ({ title: item.title.trim(), minutes: Number(item.minutes), link: null }));
    if (agenda.some((item) => !Number.isInteger(item.minutes) || item.minutes < 1)) {
      return setProblem({ message: 'Each agenda item needs a number of minutes, 1 or more.' });
    }
    setProblem(null);
    await run(async () => {
      const result = await scheduleMeeting(workspaceId, {
        title,
        startsAt: startsAt.toISOString(),
        place,
        documentIds: chosen,
        agenda,
      });
      if (result.ok) onScheduled(result.data);
      else setProblem({ message: result.problem.message });
    });
  };

  return (
    <form
      className="rt-card rt-meeting-schedule"
      aria-labelledby={headingId}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h2 id={headingId}>Schedule a meeting</h2>
      <TextField
        ref={firstField}
        label="Title"
        hint="For example: Housing workshop"
        value={title}
        error={problem?.field === 'title' ? problem.message : null}
        onChange={(event) => setTitle(event.target.value)}
      />
      <div className="rt-meeting-row">
        <TextField
          label="Date"
          type="date"
          value={date}
          error={problem?.field === 'date' ? problem.message : null}
          onChange={(event) => setDate(event.target.value)}
        />
        <TextField
          label="Start time"
          type="time"
          value={time}
          onChange={(event) => setTime(event.target.value)}
        />
      </div>
      <TextField
        label="Place or link"
        hint="For example: Room 2, County Hall, or a video call link"
        value={place}
        onChange={(event) => setPlace(event.target.value)}
      />
      <fieldset>
        <legend>Documents to work on</legend>
        {documents.length === 0 ? (
          <p className="rt-muted">This workspace has no documents yet.</p>
        ) : null}
        {documents.map((doc) => (
          <div className="rt-check" key={doc.id}>
            <input
              className="rt-check__input"
              type="checkbox"
              id={`${headingId}-doc-${doc.id}`}
              checked={chosen.includes(doc.id)}
              onChange={(event) =>
                setChosen(
                  event.target.checked ? [...chosen, doc.id] : chosen.filter((id) => id !== doc.id),
                )
              }
            />
            <label className="rt-check__label" htmlFor={`${headingId}-doc-${doc.id}`}>
              {doc.title}
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>Agenda</legend>
        <ol className="rt-meeting-agenda-edit">
          {items.map((item, index) => (
            <li key={item.key}>
              <div className="rt-meeting-row">
                <div className="rt-field">
                  <label className="rt-field__label" htmlFor={`${headingId}-item-${item.key}`}>
                    Item {index + 1}: title
                  </label>
                  <input
                    id={`${headingId}-item-${item.key}`}
                    className="rt-field__input"
                    value={item.title}
                    onChange={(event) =>
                      setItems(
                        items.map((i) =>
                          i.key === item.key ? { ...i, title: event.target.value } : i,
                        ),
                      )
                    }
                  />
                </div>
                <div className="rt-field rt-meeting-minutes">
                  <label className="rt-field__label" htmlFor={`${headingId}-min-${item.key}`}>
                    Minutes
                    <VisuallyHidden> for {item.title.trim() || `item ${index + 1}`}</VisuallyHidden>
                  </label>
                  <input
                    id={`${headingId}-min-${item.key}`}
                    className="rt-field__input"
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={480}
                    value={item.minutes}
                    onChange={(event) =>
                      setItems(
                        items.map((i) =>
                          i.key === item.key ? { ...i, minutes: event.target.value } : i,
                        ),
                      )
                    }
                  />
                </div>
              </div>
              <div className="rt-meeting-controls">
                <Button icon={<UpIcon />} disabled={index === 0} onClick={() => move(index, -1)}>
                  Up <VisuallyHidden>: item {index + 1}</VisuallyHidden>
                </Button>
                <Button
                  icon={<DownIcon />}
                  disabled={index === items.length - 1}
                  onClick={() => move(index, 1)}
                >
                  Down <VisuallyHidden>: item {index + 1}</VisuallyHidden>
                </Button>
                <Button
                  variant="quiet"
                  icon={<BinIcon />}
                  onClick={() => setItems(items.filter((i) => i.key !== item.key))}
                >
                  Remove <VisuallyHidden>item {index + 1}</VisuallyHidden>
                </Button>
              </div>
            </li>
          ))}
        </ol>
        <Button
          icon={<PlusIcon />}
          onClick={() => {
            const key = nextKey.current++;
            focusKey.current = key;
            setItems([...items, { key, title: '', minutes: '10' }]);
          }}
        >
          Add an agenda item
        </Button>
      </fieldset>
      {problem && !problem.field ? (
        <p className="rt-form-error" role="alert">
          {problem.message}
        </p>
      ) : null}
      <div className="rt-inline-form__actions">
        <Button type="submit" variant="primary" disabled={busy}>
          Schedule the meeting
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
