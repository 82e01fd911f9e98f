// Beside a document: the hard words in its text with what each means, so they can be read in one
// place (also by keyboard and screen reader users who do not move the caret word by word), and
// the way to the workspace's whole list.
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useId } from 'react';
import { Link } from 'react-router';
import type { HardWord } from '@roundtable/shared/editor/hard-words';
import { useCan } from '../access/index.ts';
import { hardWordsInText } from './hard-word-marks.ts';
import './hard-words.css';

const sameWords = (a: HardWord[], b: HardWord[] | null): boolean =>
  b !== null && a.length === b.length && a.every((word, i) => word === b[i]);

function WordsInText({ editor }: { editor: Editor }) {
  const words = useEditorState({
    editor,
    selector: ({ editor: e }) => (e.isDestroyed ? [] : hardWordsInText(e.state)),
    equalityFn: sameWords,
  });
  if (words.length === 0) {
    return <p className="rt-hard-words-panel__empty">There are no hard words in this text yet.</p>;
  }
  return (
    <ul className="rt-hard-words-panel__list">
      {words.map((word) => (
        <li key={word.word}>
          <strong>{word.word}</strong>: {word.explanation}
        </li>
      ))}
    </ul>
  );
}

export function HardWordsInDocument({
  editor,
  workspaceId,
}: {
  editor: Editor | null;
  workspaceId: string;
}) {
  const headingId = useId();
  const may = useCan();
  return (
    <section className="rt-hard-words-panel" aria-labelledby={headingId}>
      <h2 className="rt-hard-words-panel__title" id={headingId}>
        Hard words
      </h2>
      <p className="rt-hard-words-panel__hint">
        Words with a dotted line have an easy explanation. Point at one, or put the cursor in it.
      </p>
      {editor ? <WordsInText editor={editor} /> : null}
      <p>
        <Link to={`/workspaces/${encodeURIComponent(workspaceId)}/hard-words`}>
          {may('hard-words:change', workspaceId)
            ? 'See, add or change hard words'
            : 'All hard words'}
        </Link>
      </p>
    </section>
  );
}
