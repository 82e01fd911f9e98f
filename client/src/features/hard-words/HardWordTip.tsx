// What a hard word means, shown just under it: when the caret is in the word (keyboard users) or
// the pointer rests on it. The tip is a polite live region that stays in the page, so a screen
// reader says "Advocate: someone who speaks up for you" as the caret enters the word; a
// description tied to a mark inside the editable text (aria-describedby) is not read reliably by
// screen readers. Esc hides the tip until the caret moves to another word, and the pointer can
// move onto the tip without it going away (WCAG 1.4.13); a press on it goes to the words under it.
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { HARD_WORD_CLASS, hardWordAt, type MarkedWord } from './hard-word-marks.ts';
import './hard-words.css';

/** How long the tip stays after the pointer leaves the word, so it can move onto the tip. */
const HOVER_GRACE_MS = 400;

interface Shown {
  marked: MarkedWord;
  /** The word's box on screen, to place the tip under it. */
  box: DOMRect;
}

const sameWord = (a: MarkedWord | null, b: MarkedWord | null): boolean =>
  a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to && a.word === b.word);

/** "care plan" → "Care plan", as the tip starts a sentence. */
const capitalised = (word: string): string =>
  word.charAt(0).toLocaleUpperCase('en-GB') + word.slice(1);

function caretWord(editor: Editor): MarkedWord | null {
  if (editor.isDestroyed || !editor.isFocused) return null;
  return hardWordAt(editor.state, editor.state.selection.head);
}

/** The word's box; a word broken over two lines reaches down to the second, so the tip is below. */
function boxOf(editor: Editor, marked: MarkedWord): DOMRect {
  const start = editor.view.coordsAtPos(marked.from);
  const end = editor.view.coordsAtPos(marked.to, -1);
  const bottom = Math.max(start.bottom, end.bottom);
  return new DOMRect(
    start.left,
    start.top,
    Math.max(end.right - start.left, 0),
    bottom - start.top,
  );
}

export function HardWordTip({ editor }: { editor: Editor }) {
  const atCaret = useEditorState({
    editor,
    selector: ({ editor: e }) => caretWord(e),
    equalityFn: sameWord,
  });
  const [hovered, setHovered] = useState<Shown | null>(null);
  const [dismissed, setDismissed] = useState<MarkedWord | null>(null);
  const tip = useRef<HTMLDivElement>(null);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);

  const caretShown: Shown | null = atCaret
    ? { marked: atCaret, box: boxOf(editor, atCaret) }
    : null;
  const candidate = caretShown ?? hovered;
  const shown = candidate && !sameWord(candidate.marked, dismissed) ? candidate : null;

  const current = useRef(candidate);
  current.current = candidate;
  useEffect(() => {
    // Hidden with Esc until the caret or pointer is on another word, or on none.
    if (dismissed && !sameWord(candidate?.marked ?? null, dismissed)) setDismissed(null);
  }, [candidate, dismissed]);

  const keepHover = useCallback(() => clearTimeout(hideTimer.current), []);
  const endHover = useCallback(() => {
    clearTimeout(hideTimer.current);
    hideTimer.current = setTimeout(() => setHovered(null), HOVER_GRACE_MS);
  }, []);

  useEffect(() => {
    const dom = editor.view.dom;
    const onOver = (event: MouseEvent) => {
      const element = (event.target as Element | null)?.closest?.(`.${HARD_WORD_CLASS}`);
      if (!element || editor.isDestroyed) return;
      const marked = hardWordAt(editor.state, editor.view.posAtDOM(element, 0));
      if (!marked) return;
      keepHover();
      setHovered({ marked, box: element.getBoundingClientRect() });
    };
    const onOut = (event: MouseEvent) => {
      if ((event.target as Element | null)?.closest?.(`.${HARD_WORD_CLASS}`)) endHover();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && current.current) setDismissed(current.current.marked);
    };
    dom.addEventListener('mouseover', onOver);
    dom.addEventListener('mouseout', onOut);
    dom.addEventListener('keydown', onKey);
    return () => {
      dom.removeEventListener('mouseover', onOver);
      dom.removeEventListener('mouseout', onOut);
      dom.removeEventListener('keydown', onKey);
    };
  }, [editor, keepHover, endHover]);

  useEffect(() => () => clearTimeout(hideTimer.current), []);

  // A press on the tip shown for a resting pointer was meant for the words it covers: the tip
  // goes, and the caret goes where the press was.
  const pressThrough = useCallback(
    (event: React.MouseEvent<HTMLDivElement>) => {
      if (!hovered || editor.isDestroyed) return;
      event.preventDefault();
      const element = event.currentTarget;
      element.style.visibility = 'hidden';
      const at = editor.view.posAtCoords({ left: event.clientX, top: event.clientY });
      element.style.visibility = '';
      clearTimeout(hideTimer.current);
      setHovered(null);
      editor.view.focus();
      if (at) editor.commands.setTextSelection(at.pos);
    },
    [editor, hovered],
  );

  // Under the word, inside the editor's frame, never past its right edge.
  const top = shown ? shown.box.bottom : null;
  const left = shown ? shown.box.left : null;
  useLayoutEffect(() => {
    const element = tip.current;
    const frame = element?.offsetParent;
    if (!element || !frame || top === null || left === null) {
      setPlace(null);
      return;
    }
    const bounds = frame.getBoundingClientRect();
    const room = bounds.width - element.offsetWidth;
    setPlace({
      top: top - bounds.top + 4,
      left: Math.max(0, Math.min(left - bounds.left, room)),
    });
  }, [top, left]);

  return (
    <div
      ref={tip}
      // Shown for the caret only, it lets clicks through to the words it covers: someone who
      // taps the text under it means the text. Shown for the pointer, the pointer may rest on it.
      className={
        shown && shown === caretShown && !hovered
          ? 'rt-hard-word-tip rt-hard-word-tip--caret'
          : 'rt-hard-word-tip'
      }
      role="status"
      style={place ? { top: place.top, left: place.left } : undefined}
      onMouseEnter={keepHover}
      onMouseLeave={endHover}
      onMouseDown={pressThrough}
    >
      {shown ? (
        <>
          <strong>{capitalised(shown.marked.word.word)}</strong>: {shown.marked.word.explanation}
        </>
      ) : null}
    </div>
  );
}
