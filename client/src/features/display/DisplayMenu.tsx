// The "Display" button in the header and the panel it opens: text size, high contrast, wider
// line spacing, the font (the device's own or Atkinson Hyperlegible), and read aloud. It is a disclosure (a button that shows
// a panel of ordinary form controls), not an ARIA menu, so every control works as people expect.
import { useEffect, useId, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { Button, Checkbox, PlayIcon, StopIcon } from '../../ui/index.ts';
import { useDisplaySettings } from './DisplaySettingsProvider.tsx';
import { TEXT_SIZES, TEXT_SIZE_LABELS, type DisplaySettings } from './display-settings.ts';
import { useReadAloud, type ReadAloudResult } from './ReadAloudProvider.tsx';
import './display.css';
import './readable-font.ts';

const FONT_CHOICES = [
  {
    key: 'standard',
    readable: false,
    label: 'Standard',
    hint: 'The usual font of this device.',
  },
  {
    key: 'readable',
    readable: true,
    label: 'Atkinson Hyperlegible',
    hint: 'Letters that are easy to tell apart.',
  },
] as const;

const READ_ALOUD_MESSAGES: Record<Exclude<ReadAloudResult, 'reading'>, string> = {
  'nothing-to-read': 'Select some words first, or put your cursor in a paragraph.',
  'not-available': 'Read aloud does not work in this browser.',
};

export function DisplayMenu() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const { settings, change } = useDisplaySettings();
  const readAloud = useReadAloud();
  const [readMessage, setReadMessage] = useState<string | null>(null);
  const location = useLocation();

  useEffect(() => {
    setOpen(false);
  }, [location.pathname]);

  useEffect(() => {
    if (open) panelRef.current?.querySelector<HTMLElement>('input, button')?.focus();
    else setReadMessage(null);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const set =
    <K extends keyof DisplaySettings>(key: K) =>
    (value: DisplaySettings[K]) =>
      change({ [key]: value } as Pick<DisplaySettings, K>);

  return (
    <div className="rt-display">
      <Button
        ref={buttonRef}
        className="rt-display__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        icon="Aa"
      >
        Display
      </Button>
      <div
        id={panelId}
        ref={panelRef}
        className="rt-display__panel"
        hidden={!open}
        role="region"
        aria-label="Display choices"
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            close();
          }
        }}
      >
        <fieldset className="rt-display__group">
          <legend className="rt-display__legend">Text size</legend>
          <div className="rt-display__sizes">
            {TEXT_SIZES.map((size) => (
              <label key={size} className={`rt-size rt-size--${size}`}>
                <input
                  type="radio"
                  name={`${panelId}-size`}
                  value={size}
                  checked={settings.textSize === size}
                  onChange={() => change({ textSize: size })}
                />
                <span>{TEXT_SIZE_LABELS[size]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="rt-display__group">
          <legend className="rt-display__legend">Colours and spacing</legend>
          <Checkbox
            label="High contrast"
            hint="White text on black."
            checked={settings.highContrast}
            onChange={set('highContrast')}
          />
          <Checkbox
            label="Wider line spacing"
            checked={settings.wideSpacing}
            onChange={set('wideSpacing')}
          />
        </fieldset>
        <fieldset className="rt-display__group">
          <legend className="rt-display__legend">Font</legend>
          <div className="rt-display__fonts">
            {FONT_CHOICES.map((choice) => {
              const id = `${panelId}-font-${choice.key}`;
              return (
                <div key={choice.key} className={`rt-font-choice rt-font-choice--${choice.key}`}>
                  <input
                    id={id}
                    type="radio"
                    name={`${panelId}-font`}
                    checked={settings.readableFont === choice.readable}
                    onChange={() => change({ readableFont: choice.readable })}
                    aria-describedby={`${id}-hint`}
                  />
                  <span>
                    <label htmlFor={id} className="rt-font-choice__name">
                      {choice.label}
                    </label>
                    <span className="rt-font-choice__hint" id={`${id}-hint`}>
                      {choice.hint}
                    </span>
                  </span>
                </div>
              );
            })}
          </div>
        </fieldset>
        <fieldset className="rt-display__group">
          <legend className="rt-display__legend">Read aloud</legend>
          <p className="rt-display__hint">
            Reads the words you have selected, or the paragraph your cursor is in.
          </p>
          <div className="rt-display__actions">
            <Button
              icon={<PlayIcon />}
              onClick={() => {
                const result = readAloud.readAloud();
                setReadMessage(result === 'reading' ? null : READ_ALOUD_MESSAGES[result]);
              }}
            >
              Read aloud
            </Button>
            <Button icon={<StopIcon />} onClick={readAloud.stop} disabled={!readAloud.speaking}>
              Stop reading
            </Button>
          </div>
          {readMessage ? (
            <p className="rt-display__message" role="status">
              {readMessage}
            </p>
          ) : null}
        </fieldset>
        <div className="rt-display__footer">
          <p className="rt-display__hint">Your choices are remembered on this device.</p>
          <Button variant="primary" onClick={close}>
            Close
          </Button>
        </div>
      </div>
    </div>
  );
}
