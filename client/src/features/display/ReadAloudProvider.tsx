// "Read aloud" with the browser's own speech (speechSynthesis): no text leaves the device.
// A page that has its own idea of "the current text" (the editor: the selection or the
// paragraph with the cursor) registers a source; otherwise we read what is selected on the page.
// Text is spoken one sentence at a time, and a source that can show where a sentence is (the
// editor) highlights each one as it starts, so the highlight follows the reading.
import { createContext, use, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { sentencesOf } from './sentences.ts';

/** Text to read, and optionally a way to show the sentence being read (null: reading ended). */
export interface ReadableText {
  text: string;
  highlight?: (sentence: { start: number; end: number } | null) => void;
}

export type TextSource = () => string | ReadableText;

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
  /** The reading under way: a new one (or Stop) makes the old one's late events do nothing. */
  const reading = useRef<{ id: number; highlight?: ReadableText['highlight'] }>({ id: 0 });

  const finish = useCallback((id: number) => {
    if (reading.current.id !== id) return;
    reading.current.highlight?.(null);
    reading.current = { id: id + 1 };
    setSpeaking(false);
  }, []);

  const stop = useCallback(() => {
    finish(reading.current.id);
    synth?.cancel();
    setSpeaking(false);
  }, [synth, finish]);

  const readAloud = useCallback((): ReadAloudResult => {
    if (!synth) return 'not-available';
    const given = source.current?.();
    const chosen = typeof given === 'string' ? { text: given } : given;
    const readable: ReadableText = chosen?.text.trim() ? chosen : { text: pageSelectionText() };
    const sentences = sentencesOf(readable.text);
    if (sentences.length === 0) {
      readable.highlight?.(null);
      return 'nothing-to-read';
    }
    stop();
    const id = reading.current.id;
    reading.current = { id, highlight: readable.highlight };
    const lang = document.documentElement.lang || 'en-GB';
    sentences.forEach((sentence, index) => {
      const utterance = new SpeechSynthesisUtterance(sentence.text);
      utterance.lang = lang;
      utterance.onstart = () => {
        if (reading.current.id === id) readable.highlight?.(sentence);
      };
      if (index === sentences.length - 1) utterance.onend = () => finish(id);
      utterance.onerror = () => finish(id);
      synth.speak(utterance);
    });
    setSpeaking(true);
    return 'reading';
  }, [synth, stop, finish]);

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
