// The picker's pictures: the OpenMoji index, loaded once when the picker first opens; what
// fits the words typed, or, before anything is typed, the words of the paragraph; and a
// sentence saying how many were found, for the screen reader (said once typing pauses).
import { useEffect, useMemo, useState } from 'react';
import { loadOpenMojiIndex, openMojiUrl } from './picture-sources.ts';
import { PictureSearch, type PictureEntry } from './picture-search.ts';
import type { PictureChoice } from './PictureChoices.tsx';

export type LoadPictureIndex = () => Promise<PictureEntry[]>;

export interface PictureResults {
  choices: PictureChoice[];
  /** What was found, in words: shown, and said by screen readers after a pause. */
  summary: string;
  state: 'loading' | 'ready' | 'failed';
}

const toChoice = (entry: PictureEntry): PictureChoice => ({
  ref: `openmoji:${entry.hexcode}`,
  name: entry.annotation,
  url: openMojiUrl(entry.hexcode),
});

const pictures = (count: number) => (count === 1 ? '1 picture' : `${count} pictures`);

export function usePictureResults(
  query: string,
  paragraphText: string,
  loadIndex: LoadPictureIndex = loadOpenMojiIndex,
): PictureResults {
  const [search, setSearch] = useState<PictureSearch | 'loading' | 'failed'>('loading');
  useEffect(() => {
    let current = true;
    loadIndex().then(
      (entries) => current && setSearch(new PictureSearch(entries)),
      () => current && setSearch('failed'),
    );
    return () => {
      current = false;
    };
  }, [loadIndex]);

  const typed = query.trim();
  return useMemo((): PictureResults => {
    if (search === 'loading')
      return { choices: [], summary: 'Loading the pictures…', state: 'loading' };
    if (search === 'failed') {
      return {
        choices: [],
        summary: 'The pictures did not load. Check your internet connection, then try again.',
        state: 'failed',
      };
    }
    if (typed) {
      const found = search.find(typed).map(toChoice);
      const summary =
        found.length > 0
          ? `${pictures(found.length)} found for “${typed}”.`
          : `No pictures found for “${typed}”. Try another word.`;
      return { choices: found, summary, state: 'ready' };
    }
    const suggested = search.suggest(paragraphText).map(toChoice);
    const summary =
      suggested.length > 0
        ? `${pictures(suggested.length)} that may fit the words of this paragraph. Type to find others.`
        : 'Type a word to find pictures, for example: house.';
    return { choices: suggested, summary, state: 'ready' };
  }, [search, typed, paragraphText]);
}

/** The text after it has stayed the same for a moment, so a live region is not read per key. */
export function useSettled(text: string, delayMs = 600): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), delayMs);
    return () => clearTimeout(timer);
  }, [text, delayMs]);
  return settled;
}
