// The pictures found, as a listbox laid out in a grid (the ARIA listbox pattern): one tab stop,
// arrow keys move between pictures (up and down by a row), Home and End, and Enter or Space
// chooses. Each picture is named by its words, so a screen reader says what it shows.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

export interface PictureChoice {
  /** The `picture` attribute it would set, e.g. "openmoji:1F3E0". */
  ref: string;
  name: string;
  url: string;
}

export interface PictureChoicesProps {
  choices: readonly PictureChoice[];
  chosen: string | null;
  onChoose: (choice: PictureChoice) => void;
  label: string;
}

/** How many options sit in the first row of the grid, as laid out now. */
function columnsOf(list: HTMLElement | null): number {
  const options = list ? [...list.querySelectorAll<HTMLElement>('[role="option"]')] : [];
  const top = options[0]?.offsetTop;
  const columns = options.filter((option) => option.offsetTop === top).length;
  return Math.max(1, columns);
}

export function PictureChoices({ choices, chosen, onChoose, label }: PictureChoicesProps) {
  const [active, setActive] = useState(0);
  const list = useRef<HTMLDivElement>(null);
  const options = useRef<(HTMLDivElement | null)[]>([]);

  useEffect(() => setActive(0), [choices]);

  const moveTo = (index: number) => {
    const next = Math.min(Math.max(index, 0), choices.length - 1);
    setActive(next);
    options.current[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const columns = columnsOf(list.current);
    const moves: Record<string, number> = {
      ArrowRight: active + 1,
      ArrowLeft: active - 1,
      ArrowDown: active + columns,
      ArrowUp: active - columns,
      Home: 0,
      End: choices.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      moveTo(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      const choice = choices[active];
      if (choice) onChoose(choice);
    } else {
      return;
    }
    event.preventDefault();
  };

  if (choices.length === 0) return null;
  return (
    <div
      ref={list}
      className="rt-picture-choices"
      role="listbox"
      aria-label={label}
      onKeyDown={onKeyDown}
    >
      {choices.map((choice, index) => (
        <div
          key={choice.ref}
          ref={(element) => {
            options.current[index] = element;
          }}
          role="option"
          className="rt-picture-choice"
          aria-selected={choice.ref === chosen}
          tabIndex={index === Math.min(active, choices.length - 1) ? 0 : -1}
          onFocus={() => setActive(index)}
          onClick={() => {
            setActive(index);
            onChoose(choice);
          }}
        >
          <img src={choice.url} alt="" loading="lazy" width={56} height={56} />
          <span className="rt-picture-choice__name">{choice.name}</span>
        </div>
      ))}
    </div>
  );
}
