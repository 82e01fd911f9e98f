// Keeping an open Easy Read version in step with its full draft: reads the draft live, hands its
// section texts to the editor's markers, lists the linked sections with how each stands, and
// tells screen-reader users when a section falls out of date while they are there.
import type { AnyExtension, Editor } from '@tiptap/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useAnnouncer } from '../../ui/index.ts';
import { KeepInStepView, linkedSections, type LinkedSection } from './keep-in-step.ts';
import { useDraftTexts, type DraftTexts } from './useDraftTexts.ts';

export interface KeepInStep {
  /** For the editor: draws the markers. Stable. */
  extensions: AnyExtension[];
  draft: DraftTexts;
  sections: LinkedSection[];
}

const sameSections = (a: LinkedSection[], b: LinkedSection[]): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

export function useKeepInStep(draftId: string | null, editor: Editor | null): KeepInStep | null {
  const view = useMemo(() => new KeepInStepView(), []);
  const extensions = useMemo(() => [view.extension], [view]);
  const draft = useDraftTexts(draftId);
  const texts = draft.kind === 'open' ? draft.texts : null;
  const [sections, setSections] = useState<LinkedSection[]>([]);
  const { announce } = useAnnouncer();
  const before = useRef<Map<string, LinkedSection['status']['kind']> | null>(null);

  useEffect(() => {
    view.update(texts, editor);
    if (!editor) return undefined;
    const read = () => {
      const next = linkedSections(editor.state.doc, texts);
      setSections((current) => (sameSections(current, next) ? current : next));
    };
    read();
    editor.on('transaction', read);
    return () => {
      editor.off('transaction', read);
    };
  }, [view, editor, texts]);

  useEffect(() => {
    if (texts === null) return;
    const now = new Map(sections.map((s) => [s.explains, s.status.kind]));
    const previous = before.current;
    before.current = now;
    if (previous === null) return;
    for (const section of sections) {
      if (
        section.status.kind === 'may-be-out-of-date' &&
        previous.get(section.explains) === 'up-to-date'
      ) {
        announce(`“${section.title}” may be out of date: the full draft changed.`);
      }
    }
  }, [sections, texts, announce]);

  return draftId === null ? null : { extensions, draft, sections };
}
