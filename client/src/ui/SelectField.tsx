// A labelled drop-down list: the label is tied to the select, and an optional hint sits between
// them (give its id as describedBy so a screen reader reads it with the label).
import { useId, type ReactNode } from 'react';

export interface SelectOption<V extends string> {
  value: V;
  label: ReactNode;
}

export interface SelectFieldProps<V extends string> {
  label: ReactNode;
  value: V;
  options: readonly SelectOption<V>[];
  onChange(value: V): void;
  /** The select's classes: 'rt-field__input rt-select' unless told. */
  selectClassName?: string;
  describedBy?: string;
  /** Shown between the label and the select, such as a hint. */
  children?: ReactNode;
}

export function SelectField<V extends string>({
  label,
  value,
  options,
  onChange,
  selectClassName = 'rt-field__input rt-select',
  describedBy,
  children,
}: SelectFieldProps<V>) {
  const id = useId();
  return (
    <div className="rt-field">
      <label className="rt-field__label" htmlFor={id}>
        {label}
      </label>
      {children}
      <select
        id={id}
        className={selectClassName}
        aria-describedby={describedBy}
        value={value}
        onChange={(event) => onChange(event.target.value as V)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
