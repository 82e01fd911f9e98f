// The busy-and-error state every form that sends something has: while the work runs the form is
// busy (its submit button disabled, a second submit ignored), and the work may leave an error.
import { useCallback, useRef, useState, type FormEvent } from 'react';

export interface Submit<E> {
  busy: boolean;
  error: E | null;
  setError(error: E | null): void;
  /** Runs the work unless work is already running; busy until it ends. */
  run(work: () => Promise<void>): Promise<void>;
  /** A form's onSubmit: stops the browser's own submit, then runs the work. */
  onSubmit(work: () => Promise<void>): (event: FormEvent) => void;
}

export function useSubmit<E = string>(): Submit<E> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<E | null>(null);
  const running = useRef(false);
  const run = useCallback(async (work: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await work();
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  const onSubmit = useCallback(
    (work: () => Promise<void>) => (event: FormEvent) => {
      event.preventDefault();
      void run(work);
    },
    [run],
  );
  return { busy, error, setError, run, onSubmit };
}
