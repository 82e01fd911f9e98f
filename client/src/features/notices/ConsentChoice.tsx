// "Can we show your name in the record of who took part?": two large radio choices, asked when
// a person joins and changed later on My profile. Saying no leaves their name out of exports.
import { useId } from 'react';
import '../members/members.css';
import { RECORD_CHOICES, RECORD_HINT, RECORD_QUESTION } from './words.ts';

export interface ConsentChoiceProps {
  value: boolean;
  onChange: (value: boolean) => void;
}

export function ConsentChoice({ value, onChange }: ConsentChoiceProps) {
  const name = useId();
  return (
    <fieldset className="rt-fieldset" aria-describedby={`${name}-hint`}>
      <legend>{RECORD_QUESTION}</legend>
      <p className="rt-field__hint" id={`${name}-hint`}>
        {RECORD_HINT}
      </p>
      {RECORD_CHOICES.map((choice) => (
        <label key={String(choice.value)} className="rt-choice">
          <input
            type="radio"
            name={name}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
