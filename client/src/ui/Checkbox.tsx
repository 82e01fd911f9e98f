// A checkbox with its label and an optional hint, read out together with it.
import { useId, type ReactNode } from 'react';

export interface CheckboxProps {
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function Checkbox({ label, hint, checked, onChange }: CheckboxProps) {
  const id = useId();
  return (
    <div className="rt-check">
      <input
        id={id}
        type="checkbox"
        className="rt-check__input"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id} className="rt-check__label">
        {label}
        {hint ? (
          <span className="rt-check__hint" id={`${id}-hint`}>
            {hint}
          </span>
        ) : null}
      </label>
    </div>
  );
}
