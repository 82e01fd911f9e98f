// "Who wrote what": a switch that shades the text by writer, a legend that shows each writer's
// underline pattern next to their name, and the same information in words, part by part
// ("Paragraph 3: mostly Lucy, some Mark"), so nothing depends on seeing colour.
import { useId, useMemo, useSyncExternalStore } from 'react';
import type { CollabSession } from '../../realtime/index.ts';
import { Button } from '../../ui/index.ts';
import type { AuthorsView } from './authors-view.ts';
import { describeBlocks } from './block-labels.ts';
import { useAuthorNames, useAuthorsEnabled, useBlockAuthorship } from './useAuthors.ts';
import './authors.css';

export interface AuthorsPanelProps {
  documentId: string;
  session: CollabSession;
  view: AuthorsView;
}

export function AuthorsPanel({ documentId, session, view }: AuthorsPanelProps) {
  const headingId = useId();
  const partsId = useId();
  const enabled = useAuthorsEnabled(view);
  const problem = useAuthorNames(documentId, session.doc, view);
  const authors = useSyncExternalStore(
    (listener) => view.subscribe(listener),
    () => view.authors(),
  );
  const blocks = useBlockAuthorship(session.fragment, enabled);
  const parts = useMemo(
    () => describeBlocks(blocks, (clientId) => view.styleOf(clientId)),
    // `authors` changes whenever the names behind client ids do.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [blocks, view, authors],
  );

  return (
    <section className="rt-authors" aria-labelledby={headingId}>
      <h2 className="rt-authors__title" id={headingId}>
        Who wrote what
      </h2>
      <Button
        className="rt-authors__toggle"
        aria-pressed={enabled}
        onClick={() => view.setEnabled(!enabled)}
      >
        {enabled ? (
          <span className="rt-authors__tick" aria-hidden="true">
            ✓
          </span>
        ) : null}
        Show who wrote what
      </Button>
      {enabled ? (
        <>
          {problem ? (
            <p className="rt-form-error" role="status">
              {problem}
            </p>
          ) : null}
          <p className="rt-authors__hint">
            Each person’s words have their own line under them and a light shade of their colour.
          </p>
          <ul className="rt-authors__legend" aria-label="Writers">
            {authors.map((author) => (
              <li key={author.personId} className="rt-authors__writer">
                <span
                  className={`rt-authors__sample rt-author rt-author--pattern-${author.pattern}`}
                  style={{ ['--rt-author-colour' as string]: author.colour }}
                  aria-hidden="true"
                >
                  Text
                </span>
                {author.name}
              </li>
            ))}
          </ul>
          <h3 className="rt-authors__parts-title" id={partsId}>
            Each part of the text
          </h3>
          {parts.length === 0 ? (
            <p>There is no text yet.</p>
          ) : (
            <ul className="rt-authors__parts" aria-labelledby={partsId}>
              {parts.map((part) => (
                <li key={part.label}>
                  <strong>{part.label}</strong>
                  {part.preview ? (
                    <span className="rt-authors__preview"> (“{part.preview}”)</span>
                  ) : null}
                  : {part.authors}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </section>
  );
}
