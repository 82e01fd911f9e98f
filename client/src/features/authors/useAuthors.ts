// Keeps an AuthorsView's names up to date while it is on: asks the server who wrote the document,
// and asks again when text from a client id nobody has named yet appears (a new writer, whose
// change the server may only just have stored). A client id that stays unnamed is asked about
// a few times, then left as "earlier text".
import { useEffect, useState, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import { blockAuthorship, type BlockAuthorship } from '@roundtable/shared/editor/authorship';
import { fetchAuthors } from './api.ts';
import type { AuthorsView } from './authors-view.ts';

const ASK_AGAIN_AFTER_MS = 2000;
const TIMES_TO_ASK = 3;
const RECOUNT_AFTER_MS = 500;

export function useAuthorsEnabled(view: AuthorsView): boolean {
  return useSyncExternalStore(
    (listener) => view.subscribe(listener),
    () => view.enabled,
  );
}

/** Fetches the authors while the view is on; returns a problem message, or null. */
export function useAuthorNames(documentId: string, doc: Y.Doc, view: AuthorsView): string | null {
  const enabled = useAuthorsEnabled(view);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (!enabled) return undefined;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const asked = new Map<number, number>();
    const ask = async (): Promise<void> => {
      const result = await fetchAuthors(documentId);
      if (stopped) return;
      if (result.ok) {
        view.setAuthors(result.data.authors);
        setProblem(null);
      } else {
        setProblem(result.problem.message);
      }
    };
    const unnamed = (): number[] =>
      [...Y.decodeStateVector(Y.encodeStateVector(doc)).keys()].filter(
        (clientId) => !view.knows(clientId) && (asked.get(clientId) ?? 0) < TIMES_TO_ASK,
      );
    const onUpdate = (): void => {
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        const ids = unnamed();
        if (ids.length === 0) return;
        for (const id of ids) asked.set(id, (asked.get(id) ?? 0) + 1);
        void ask().then(() => {
          if (!stopped && unnamed().length > 0) onUpdate();
        });
      }, ASK_AGAIN_AFTER_MS);
    };
    void ask();
    doc.on('update', onUpdate);
    return () => {
      stopped = true;
      clearTimeout(timer);
      doc.off('update', onUpdate);
    };
  }, [documentId, doc, view, enabled]);
  return problem;
}

/** The per-block authorship, recounted shortly after the text changes, while `active`. */
export function useBlockAuthorship(fragment: Y.XmlFragment, active: boolean): BlockAuthorship[] {
  const [blocks, setBlocks] = useState<BlockAuthorship[]>([]);
  useEffect(() => {
    if (!active) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    setBlocks(blockAuthorship(fragment));
    const onChange = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => setBlocks(blockAuthorship(fragment)), RECOUNT_AFTER_MS);
    };
    fragment.observeDeep(onChange);
    return () => {
      clearTimeout(timer);
      fragment.unobserveDeep(onChange);
    };
  }, [fragment, active]);
  return blocks;
}
