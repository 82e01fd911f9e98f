// Beside an Easy Read version: its link to the full draft, and each linked section with how it
// stands in words (never colour alone). A section that may be out of date can show what changed
// in the draft since it was last checked, word by word, and be marked as checked again by anyone
// who may edit the Easy Read version.
import type { Editor } from '@tiptap/core';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { Button, TickIcon, VisuallyHidden, dayWords, useAnnouncer } from '../../ui/index.ts';
import { WordChanges, WordChangesKey, compareWords } from '../versions/index.ts';
import { useEasyReadLinks } from './api.ts';
import { markChecked, MARKER_WORDS, type LinkedSection } from './keep-in-step.ts';
import type { KeepInStep } from './useKeepInStep.ts';
import './easy-read.css';

export const KEEP_IN_STEP_ID = 'keep-in-step';

export function staleCount(keepInStep: KeepInStep): number {
  return keepInStep.sections.filter((s) => s.status.kind !== 'up-to-date').length;
}

function summary(keepInStep: KeepInStep): string {
  switch (keepInStep.draft.kind) {
    case 'opening':
      return 'Reading the full draft…';
    case 'closed':
      return 'The full draft cannot be opened just now, so we cannot say whether this is up to date.';
    case 'open': {
      const stale = staleCount(keepInStep);
      if (keepInStep.sections.length === 0) return 'No part of this is linked to the full draft.';
      if (stale === 0) return 'Every part is up to date with the full draft.';
      return stale === 1 ? '1 part may be out of date.' : `${stale} parts may be out of date.`;
    }
  }
}

function SectionItem({
  section,
  editor,
  mayMark,
}: {
  section: LinkedSection;
  editor: Editor | null;
  mayMark: boolean;
}) {
  const [showing, setShowing] = useState(false);
  const changesId = useId();
  const { announce } = useAnnouncer();
  const { status } = section;
  const title = section.title || 'Untitled part';
  const checked = section.checkedAt ? ` Last checked on ${dayWords(section.checkedAt)}.` : '';
  return (
    <li className={`rt-keep-in-step__item rt-keep-in-step__item--${status.kind}`}>
      <h3 className="rt-keep-in-step__title">{title}</h3>
      {status.kind === 'up-to-date' ? (
        <p className="rt-keep-in-step__state">
          <span aria-hidden="true">
            <TickIcon />
          </span>{' '}
          Up to date.{checked}
        </p>
      ) : status.kind === 'not-linked' ? null : (
        <p className="rt-keep-in-step__state rt-keep-in-step__state--warning">
          <span aria-hidden="true">⚠</span> {MARKER_WORDS[status.kind]}
          {checked}
        </p>
      )}
      {status.kind === 'may-be-out-of-date' ? (
        <>
          <div className="rt-keep-in-step__actions">
            <Button
              aria-expanded={showing}
              aria-controls={changesId}
              onClick={() => setShowing((open) => !open)}
            >
              {showing ? 'Hide what changed' : 'Show what changed'}
              <VisuallyHidden> in “{title}”</VisuallyHidden>
            </Button>
            {mayMark && editor ? (
              <Button
                variant="primary"
                icon={<TickIcon />}
                onClick={() => {
                  markChecked(editor, section.explains, status.draftText);
                  setShowing(false);
                  announce(`“${title}” is marked as checked.`);
                }}
              >
                Mark as checked<VisuallyHidden>: “{title}”</VisuallyHidden>
              </Button>
            ) : null}
          </div>
          <div id={changesId} hidden={!showing} className="rt-keep-in-step__changes">
            {showing ? (
              <>
                <p>What changed in the full draft since this part was last checked:</p>
                <WordChangesKey />
                <p className="rt-diff__text rt-keep-in-step__words" data-testid="draft-changes">
                  <WordChanges parts={compareWords(status.checkedText, status.draftText)} />
                </p>
              </>
            ) : null}
          </div>
        </>
      ) : null}
    </li>
  );
}

export function KeepInStepPanel({
  keepInStep,
  documentId,
  editor,
  mayMark,
}: {
  keepInStep: KeepInStep;
  /** The Easy Read version. */
  documentId: string;
  editor: Editor | null;
  mayMark: boolean;
}) {
  const headingId = useId();
  const { data } = useEasyReadLinks(documentId);
  const draft = data?.ok ? data.data.draft : null;
  return (
    <section
      className="rt-card rt-keep-in-step"
      aria-labelledby={headingId}
      id={KEEP_IN_STEP_ID}
      tabIndex={-1}
    >
      <h2 id={headingId}>Keeping in step with the full draft</h2>
      {draft ? (
        <p>
          This Easy Read version explains{' '}
          <Link to={`/documents/${encodeURIComponent(draft.id)}`}>“{draft.title}”</Link>.
        </p>
      ) : null}
      <p role="status" className="rt-keep-in-step__summary" data-testid="keep-in-step-summary">
        {summary(keepInStep)}
      </p>
      {keepInStep.sections.length > 0 ? (
        <ul className="rt-keep-in-step__list">
          {keepInStep.sections.map((section, index) => (
            <SectionItem
              // Stable while people type above it (its position moves; its link and order do not).
              key={`${section.explains}-${index}`}
              section={section}
              editor={editor}
              mayMark={mayMark}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** Above the text: a short line, with a way to the list, while any part may be out of date. */
export function StaleNotice({ keepInStep }: { keepInStep: KeepInStep }) {
  const stale = staleCount(keepInStep);
  if (keepInStep.draft.kind !== 'open' || stale === 0) return null;
  return (
    <p className="rt-card rt-keep-in-step-notice">
      <span aria-hidden="true">⚠</span> {stale === 1 ? '1 part' : `${stale} parts`} of this Easy
      Read version may be out of date with the full draft.{' '}
      <a href={`#${KEEP_IN_STEP_ID}`}>See which, and what changed</a>
    </p>
  );
}
