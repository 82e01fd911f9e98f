// A link or token that is shown only once: in a read-only box the person can select, with a
// Copy button and a plain warning. "Copied" is said politely, not shouted.
import { useId, useRef, useState, type ReactNode } from 'react';
import { Button } from '../../ui/index.ts';

export interface OneTimeSecretProps {
  label: string;
  value: string;
  /** What to tell the person about this secret (who to give it to, when it stops working). */
  children?: ReactNode;
  onDone: () => void;
  doneLabel?: string;
}

export function OneTimeSecret({
  label,
  value,
  children,
  onDone,
  doneLabel = 'Done',
}: OneTimeSecretProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('Copied. You can now paste it into an email or a message.');
    } catch {
      inputRef.current?.select();
      setCopied('Your browser did not let us copy. It is selected: press Ctrl and C to copy it.');
    }
  };

  return (
    <div className="rt-secret" data-testid="one-time-secret">
      <label className="rt-field__label" htmlFor={id}>
        {label}
      </label>
      <div id={`${id}-about`}>{children}</div>
      <p className="rt-secret__warning" id={`${id}-warning`}>
        <strong>You will only see this once.</strong> Copy it now.
      </p>
      <input
        id={id}
        ref={inputRef}
        className="rt-field__input rt-secret__value"
        readOnly
        value={value}
        aria-describedby={`${id}-about ${id}-warning`}
        onFocus={(event) => event.target.select()}
      />
      <div className="rt-secret__actions">
        <Button variant="primary" onClick={() => void copy()}>
          Copy
        </Button>
        <Button onClick={onDone}>{doneLabel}</Button>
      </div>
      <p className="rt-secret__copied" role="status">
        {copied}
      </p>
    </div>
  );
}
