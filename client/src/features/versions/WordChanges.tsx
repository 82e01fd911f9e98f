// Added and removed words, shown as underlined and crossed out, and said as "Added:" and
// "Removed:" to screen readers, because many do not announce <ins> and <del>. Used by the
// comparison of versions and by an Easy Read section that may be out of date.
import { VisuallyHidden } from '../../ui/index.ts';
import type { WordPart } from './diff.ts';
import './versions.css';

export function Added({ children }: { children: string }) {
  return (
    <ins className="rt-diff__added">
      <VisuallyHidden>Added: </VisuallyHidden>
      {children}
      <VisuallyHidden> (end of added words)</VisuallyHidden>
    </ins>
  );
}

export function Removed({ children }: { children: string }) {
  return (
    <del className="rt-diff__removed">
      <VisuallyHidden>Removed: </VisuallyHidden>
      {children}
      <VisuallyHidden> (end of removed words)</VisuallyHidden>
    </del>
  );
}

/** Word parts in order: the same words plain, added ones underlined, removed ones crossed out. */
export function WordChanges({ parts }: { parts: readonly WordPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.kind === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'added' ? (
          <Added key={index}>{part.text}</Added>
        ) : (
          <Removed key={index}>{part.text}</Removed>
        ),
      )}
    </>
  );
}

/** The key that says what underlining and crossing out mean. */
export function WordChangesKey() {
  return (
    <ul className="rt-diff__key" aria-label="How to read this">
      <li>
        <ins className="rt-diff__added">Underlined words</ins> were added.
      </li>
      <li>
        <del className="rt-diff__removed">Crossed-out words</del> were taken out.
      </li>
    </ul>
  );
}
