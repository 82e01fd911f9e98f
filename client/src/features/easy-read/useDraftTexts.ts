// The full draft's section texts, read live beside its Easy Read version (a DraftReader), and
// worked out again at most a few times a second while people write in the draft.
import { useEffect, useState } from 'react';
import { draftSections, sectionTexts } from '@roundtable/shared/domain/easy-read/sections';
import { blocksOfDocument } from '@roundtable/shared/editor/section-blocks';
import { DraftReader } from '../../realtime/index.ts';

export type DraftTexts =
  | { kind: 'opening' }
  | { kind: 'open'; texts: ReadonlyMap<string, string> }
  /** The draft cannot be read (gone, or no longer allowed). */
  | { kind: 'closed' };

const RECOUNT_AFTER_MS = 250;

function collabUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}/collab`;
}

export function useDraftTexts(draftId: string | null): DraftTexts {
  const [texts, setTexts] = useState<DraftTexts>({ kind: 'opening' });
  useEffect(() => {
    if (draftId === null) return undefined;
    const reader = new DraftReader({
      documentId: draftId,
      serverUrl: collabUrl(),
      browser: window,
    });
    let timer: ReturnType<typeof setTimeout> | null = null;
    const recount = () => {
      timer = null;
      const state = reader.getState();
      if (state === 'open') {
        const sections = draftSections(blocksOfDocument(reader.doc), '');
        setTexts({ kind: 'open', texts: sectionTexts(sections) });
      } else {
        setTexts({ kind: state });
      }
    };
    const unsubscribe = reader.subscribe(() => {
      timer ??= setTimeout(recount, RECOUNT_AFTER_MS);
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
      reader.destroy();
      setTexts({ kind: 'opening' });
    };
  }, [draftId]);
  return texts;
}
