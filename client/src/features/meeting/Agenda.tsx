// The agenda: the current item highlighted for everyone; a facilitator starts and ends the
// meeting and moves on or back. Facilitators can also change the agenda as the meeting goes:
// add, edit, move up or down, remove, or go straight to an item. Buttons only, no dragging;
// every button's name says which item it is for.
import { useId, useRef, useState } from 'react';
import type { MeetingView } from '@roundtable/shared/domain/meeting/view';
import {
  BackIcon,
  BinIcon,
  Button,
  Dialog,
  DownIcon,
  NextIcon,
  PencilIcon,
  PlayIcon,
  PlusIcon,
  StopIcon,
  UpIcon,
  VisuallyHidden,
  useAnnouncer,
} from '../../ui/index.ts';
import { ItemForm } from './AgendaItemForm.tsx';
import { focusFirstSoon } from './focus-first-soon.ts';
import type { RunCommand } from './useMeeting.ts';
import { minutesWords } from './words.tsx';

type Item = MeetingView['agenda'][number];

export interface AgendaProps {
  view: MeetingView;
  runs: boolean;
  run: RunCommand;
  error: string | null;
}

export function Agenda({ view, runs, run, error }: AgendaProps) {
  const headingId = useId();
  const controlId = useId();
  const { announce } = useAnnouncer();
  const heading = useRef<HTMLHeadingElement>(null);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Item | null>(null);
  const index = view.agenda.findIndex((item) => item.id === view.currentItemId);
  const live = view.status.phase === 'live';
  const current = view.agenda[index];
  const changes = runs && view.status.phase !== 'ended';
  const buttonId = (what: string, itemId: string) => `${controlId}-${what}-${itemId}`;

  /** After the agenda changes: focus the first of these ids still usable, else the heading. */
  const focusSoon = (...ids: string[]) => focusFirstSoon(heading.current, ...ids);

  const move = async (item: Item, direction: 'up' | 'down') => {
    const ok = await run({ type: 'agenda:move', itemId: item.id, direction });
    if (!ok) return;
    const place = view.agenda.findIndex((i) => i.id === item.id) + (direction === 'up' ? 0 : 2);
    announce(`“${item.title}” moved ${direction}. It is now number ${place}.`);
    focusSoon(buttonId(direction, item.id), buttonId(direction === 'up' ? 'down' : 'up', item.id));
  };

  const addItem = async (title: string, minutes: number) => {
    const ok = await run({ type: 'agenda:add', title, minutes, link: null });
    if (ok) {
      setAdding(false);
      announce(`“${title}” is added to the end of the agenda.`);
      focusSoon(`${controlId}-add`);
    }
    return ok;
  };

  const editItem = async (item: Item, title: string, minutes: number) => {
    const ok = await run({ type: 'agenda:edit', itemId: item.id, title, minutes, link: null });
    if (ok) {
      setEditing(null);
      announce(`Saved: “${title}”, ${minutesWords(minutes)}.`);
      focusSoon(buttonId('edit', item.id));
    }
    return ok;
  };

  const removeItem = async (item: Item) => {
    setRemoving(null);
    const ok = await run({ type: 'agenda:remove', itemId: item.id });
    if (ok) {
      announce(`“${item.title}” is taken off the agenda.`);
      focusSoon();
    }
  };

  return (
    <section className="rt-meeting-section" aria-labelledby={headingId} id="meeting-agenda">
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        Agenda
      </h2>
      {current && live ? (
        <p className="rt-meeting-now" data-testid="agenda-now">
          Now: <strong>{current.title}</strong>
        </p>
      ) : null}
      {view.status.phase === 'scheduled' ? <p>The meeting has not started yet.</p> : null}
      {view.agenda.length === 0 ? (
        <p className="rt-empty">There is nothing on the agenda.</p>
      ) : (
        <ol className="rt-meeting-agenda" data-testid="agenda-items">
          {view.agenda.map((item, i) => (
            <li
              key={item.id}
              className={item.id === view.currentItemId ? 'rt-meeting-agenda__current' : undefined}
              aria-current={item.id === view.currentItemId ? 'step' : undefined}
            >
              <span className="rt-meeting-agenda__title">{item.title}</span>
              <span className="rt-meeting-agenda__meta">
                {minutesWords(item.minutes)}
                {item.id === view.currentItemId ? (
                  <span className="rt-meeting-badge">{live ? 'Now' : 'First'}</span>
                ) : i < index ? (
                  <span className="rt-muted"> · done</span>
                ) : null}
              </span>
              {changes && editing === item.id ? (
                <ItemForm
                  legend={`Change “${item.title}”`}
                  saveLabel="Save the changes"
                  initial={item}
                  onSave={(title, minutes) => editItem(item, title, minutes)}
                  onCancel={() => {
                    setEditing(null);
                    focusSoon(buttonId('edit', item.id));
                  }}
                />
              ) : null}
              {changes && editing !== item.id ? (
                <div className="rt-meeting-agenda__tools">
                  {live && item.id !== view.currentItemId ? (
                    <Button
                      icon={<NextIcon />}
                      onClick={() => {
                        void run({ type: 'agenda:go', itemId: item.id }).then(
                          (ok) => ok && focusSoon(),
                        );
                      }}
                    >
                      Go to this item<VisuallyHidden> “{item.title}”</VisuallyHidden>
                    </Button>
                  ) : null}
                  <Button
                    id={buttonId('up', item.id)}
                    variant="quiet"
                    icon={<UpIcon />}
                    disabled={i === 0}
                    onClick={() => void move(item, 'up')}
                  >
                    Move <VisuallyHidden>“{item.title}” </VisuallyHidden>up
                  </Button>
                  <Button
                    id={buttonId('down', item.id)}
                    variant="quiet"
                    icon={<DownIcon />}
                    disabled={i === view.agenda.length - 1}
                    onClick={() => void move(item, 'down')}
                  >
                    Move <VisuallyHidden>“{item.title}” </VisuallyHidden>down
                  </Button>
                  <Button
                    id={buttonId('edit', item.id)}
                    variant="quiet"
                    icon={<PencilIcon />}
                    onClick={() => {
                      setAdding(false);
                      setEditing(item.id);
                    }}
                  >
                    Change<VisuallyHidden> “{item.title}”</VisuallyHidden>
                  </Button>
                  <Button variant="quiet" icon={<BinIcon />} onClick={() => setRemoving(item)}>
                    Remove<VisuallyHidden> “{item.title}”</VisuallyHidden>
                  </Button>
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {error ? (
        <p className="rt-form-error" role="alert">
          {error}
        </p>
      ) : null}
      {changes ? (
        adding ? (
          <ItemForm
            legend="Add an item to the agenda"
            saveLabel="Add the item"
            initial={{ title: '', minutes: 10 }}
            onSave={addItem}
            onCancel={() => {
              setAdding(false);
              focusSoon(`${controlId}-add`);
            }}
          />
        ) : (
          <Button
            id={`${controlId}-add`}
            icon={<PlusIcon />}
            onClick={() => {
              setEditing(null);
              setAdding(true);
            }}
          >
            Add an agenda item
          </Button>
        )
      ) : null}
      {runs ? (
        <div className="rt-meeting-controls">
          {view.status.phase === 'scheduled' ? (
            <Button
              variant="primary"
              icon={<PlayIcon />}
              onClick={() => void run({ type: 'meeting:start' })}
            >
              Start the meeting
            </Button>
          ) : null}
          {live ? (
            <>
              <Button
                icon={<BackIcon />}
                disabled={index <= 0}
                onClick={() => void run({ type: 'agenda:previous' })}
              >
                Back
              </Button>
              <Button
                variant="primary"
                icon={<NextIcon />}
                disabled={index >= view.agenda.length - 1}
                onClick={() => void run({ type: 'agenda:next' })}
              >
                Next item
              </Button>
              <Button variant="danger" icon={<StopIcon />} onClick={() => setConfirmEnd(true)}>
                End the meeting
              </Button>
            </>
          ) : null}
        </div>
      ) : null}
      <Dialog
        open={removing !== null}
        title={removing ? `Remove “${removing.title}” from the agenda?` : 'Remove the item?'}
        description="Everyone will see the agenda without it."
        onClose={() => setRemoving(null)}
      >
        <div className="rt-inline-form__actions">
          <Button
            variant="danger"
            icon={<BinIcon />}
            onClick={() => {
              if (removing) void removeItem(removing);
            }}
          >
            Yes, remove it
          </Button>
          <Button onClick={() => setRemoving(null)}>No, keep it</Button>
        </div>
      </Dialog>
      <Dialog
        open={confirmEnd}
        title="End the meeting for everyone?"
        description="Everyone will see the summary. Hands, cards and open polls will close."
        onClose={() => setConfirmEnd(false)}
      >
        <div className="rt-inline-form__actions">
          <Button
            variant="danger"
            icon={<StopIcon />}
            onClick={() => {
              setConfirmEnd(false);
              void run({ type: 'meeting:end' });
            }}
          >
            Yes, end the meeting
          </Button>
          <Button onClick={() => setConfirmEnd(false)}>No, carry on</Button>
        </div>
      </Dialog>
    </section>
  );
}
