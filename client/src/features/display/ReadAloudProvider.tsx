// "Read aloud" with the browser's own speech (speechSynthesis): no text leaves the device.
// A page that has its own idea of "the current text" (the editor: the selection or the
// paragraph with the cursor) registers a source; otherwise we read what is selected on the page.
import { createContext, use, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';

export type TextSource = () => string;

export type ReadAloudResult = 'reading' | 'nothing-to-read' | 'not-available';

interface ReadAloudContextValue {
  available: boolean;
  speaking: boolean;
  readAloud(): ReadAloudResult;
  stop(): void;
  /** Registers the page's text source; returns a function that removes it. */
  registerSource(source: TextSource): () => void;
}

const ReadAloudContext = createContext<ReadAloudContextValue | null>(null);

function pageSelectionText(): string {
  return window.getSelection()?.toString() ?? '';
}

export function ReadAloudProvider({ children }: { children: ReactNode }) {
  const synth = typeof window.speechSynthesis === 'undefined' ? null : window.speechSynthesis;
  const [speaking, setSpeaking] = useState(false);
  const source = useRef<TextSource | null>(null);

  const stop = useCallback(() => {
    synth?.cancel();
    setSpeaking(false);
  }, [synth]);

  const readAloud = useCallback((): ReadAloudResult => {
    if (!synth) return 'not-available';
    const text = (source.current?.() || pageSelectionText()).trim();
    if (!text) return 'nothing-to-read';
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = document.documentElement.lang || 'en-GB';
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    synth.speak(utterance);
    return 'reading';
  }, [synth]);

  const registerSource = useCallback((next: TextSource) => {
    source.current = next;
    return () => {
      if (source.current === next) source.current = null;
    };
  }, []);

  useEffect(() => () => synth?.cancel(), [synth]);

  const value = useMemo(
    () => ({ available: synth !== null, speaking, readAloud, stop, registerSource }),
    [synth, speaking, readAloud, stop, registerSource],
  );
  return <ReadAloudContext value={value}>{children}</ReadAloudContext>;
}

export function useReadAloud(): ReadAloudContextValue {
  const value = use(ReadAloudContext);
  if (!value) throw new Error('useReadAloud needs a ReadAloudProvider above it');
  return value;
}
