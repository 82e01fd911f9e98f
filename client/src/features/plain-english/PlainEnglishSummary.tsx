// The plain-English summary of a version, on the versions page: the same counts as the panel
// beside the editor, worked out in the worker from that version's text.
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { useEffect, useId, useMemo, useState } from 'react';
import type { HardWord } from '@roundtable/shared/editor/hard-words';
import type { DocumentSummary } from './analysis/index.ts';
import { BlockReader } from './editor/blocks.ts';
import { SummaryLines } from './SummaryLines.tsx';
import { PlainEnglishChecker, startPlainEnglishWorker } from './worker/checker.ts';
import './plain-english.css';

export interface PlainEnglishSummaryProps {
  /** The version's content, read with the editor's schema. */
  doc: ProseMirrorNode;
  easyRead?: boolean;
  workspaceWords?: readonly HardWord[];
}

const NO_WORDS: readonly HardWord[] = [];

export function PlainEnglishSummary({
  doc,
  easyRead = false,
  workspaceWords = NO_WORDS,
}: PlainEnglishSummaryProps) {
  const headingId = useId();
  const [summary, setSummary] = useState<DocumentSummary | 'failed' | null>(null);
  // Read as the editor reads it, so the counts match the panel beside the editor.
  const blocks = useMemo(
    () =>
      new BlockReader()
        .read(doc)
        .map((block) => ({ text: block.text, heading: block.kind === 'heading' })),
    [doc],
  );
  useEffect(() => {
    const checker = new PlainEnglishChecker(startPlainEnglishWorker());
    let current = true;
    void checker.summarise(blocks, { easyRead, workspaceWords }).then((result) => {
      if (current) setSummary(result ?? 'failed');
    });
    return () => {
      current = false;
      checker.destroy();
    };
  }, [blocks, easyRead, workspaceWords]);
  return (
    <section className="rt-plain rt-plain--version" aria-labelledby={headingId}>
      <h3 className="rt-plain__title" id={headingId}>
        Plain English
      </h3>
      {summary === 'failed' ? (
        <p>The check could not run. This can happen when you are offline.</p>
      ) : summary ? (
        <SummaryLines summary={summary} />
      ) : (
        <p className="rt-plain__checking">Checking the text…</p>
      )}
    </section>
  );
}
