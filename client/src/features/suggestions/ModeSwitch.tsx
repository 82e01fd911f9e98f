// Editing or Suggesting: a pair of radio buttons beside the formatting toolbar. The choice is
// each person's own. When the draft is in review, only Suggesting is offered, and it says why.
import { useId } from 'react';

export type EditMode = 'editing' | 'suggesting';

export interface ModeSwitchProps {
  mode: EditMode;
  onChange: (mode: EditMode) => void;
  /** Why only Suggesting is allowed just now, or null. */
  onlySuggesting: string | null;
}

const CHOICES: { mode: EditMode; label: string; hint: string }[] = [
  { mode: 'editing', label: 'Editing', hint: 'Your changes go straight in.' },
  {
    mode: 'suggesting',
    label: 'Suggesting',
    hint: 'Your changes are suggestions. Others accept or reject them.',
  },
];

export function ModeSwitch({ mode, onChange, onlySuggesting }: ModeSwitchProps) {
  const name = useId();
  const whyId = useId();
  const hint = CHOICES.find((choice) => choice.mode === mode)?.hint ?? '';
  return (
    <fieldset className="rt-mode-switch" aria-describedby={whyId}>
      <legend>How your changes go in</legend>
      {CHOICES.map((choice) => {
        const disabled = onlySuggesting !== null && choice.mode === 'editing';
        return (
          <label
            key={choice.mode}
            className={`rt-mode-switch__choice${disabled ? ' rt-mode-switch__choice--off' : ''}`}
          >
            <input
              type="radio"
              name={name}
              value={choice.mode}
              checked={mode === choice.mode}
              disabled={disabled}
              onChange={() => onChange(choice.mode)}
            />
            <span className="rt-mode-switch__label">{choice.label}</span>
          </label>
        );
      })}
      <p className="rt-mode-switch__why" id={whyId}>
        {onlySuggesting ?? hint}
      </p>
    </fieldset>
  );
}
