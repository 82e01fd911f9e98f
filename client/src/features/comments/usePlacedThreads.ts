// Which threads' words are still in the text, kept up to date as the document changes.
import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import { placedThreads } from './comment-highlights.ts';

const keyOf = (ids: ReadonlySet<string> | null) => (ids ? [...ids].sort().join(' ') : null);

export function usePlacedThreads(editor: Editor | null): ReadonlySet<string> | null {
  const [key, setKey] = useState<string | null>(null);
  useEffect(() => {
    if (!editor) return;
    const update = () => {
      if (!editor.isDestroyed) setKey(keyOf(placedThreads(editor.state)));
    };
    update();
    editor.on('transaction', update);
    return () => {
      editor.off('transaction', update);
    };
  }, [editor]);
  return key === null ? null : new Set(key.split(' ').filter(Boolean));
}

/** The time now, moving on every half minute, for "5 minutes ago". */
export function useNow(everyMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
