// The page's one polite live region for things that happen without the person doing anything
// (someone joined, someone left). Messages that arrive close together are read as one, so a
// burst of events does not become a burst of interruptions.
import { createContext, use, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';

export interface Announcer {
  /** Queue a short sentence to be read out politely. */
  announce(message: string): void;
}

const AnnouncerContext = createContext<Announcer | null>(null);

export interface LiveAnnouncerProviderProps {
  children: ReactNode;
  /** Messages within this many ms of the first are read together. */
  groupWindowMs?: number;
}

export function LiveAnnouncerProvider({
  children,
  groupWindowMs = 1000,
}: LiveAnnouncerProviderProps) {
  const [text, setText] = useState('');
  const pending = useRef<string[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(() => {
    timer.current = null;
    const message = pending.current.join(' ');
    pending.current = [];
    // A trailing no-break space makes a repeat of the same words a change the reader notices.
    setText((previous) => (previous === message ? `${message}\u00a0` : message));
  }, []);

  const announce = useCallback(
    (message: string) => {
      pending.current.push(message);
      timer.current ??= setTimeout(flush, groupWindowMs);
    },
    [flush, groupWindowMs],
  );

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const value = useMemo(() => ({ announce }), [announce]);
  return (
    <AnnouncerContext value={value}>
      {children}
      <div
        className="rt-visually-hidden"
        role="status"
        aria-live="polite"
        aria-atomic="true"
        data-testid="announcer"
      >
        {text}
      </div>
    </AnnouncerContext>
  );
}

export function useAnnouncer(): Announcer {
  const announcer = use(AnnouncerContext);
  if (!announcer) throw new Error('useAnnouncer needs a LiveAnnouncerProvider above it');
  return announcer;
}
