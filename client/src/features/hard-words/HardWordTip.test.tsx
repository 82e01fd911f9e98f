// @vitest-environment happy-dom
// The tip that explains a hard word: it speaks (a polite live region) when the caret goes into
// the word, says nothing elsewhere, hides with Esc, and shows for the word under the pointer; a
// press on the tip goes to the words under it.
import { afterEach, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { Editor } from '@tiptap/core';
import type { HardWord } from '@roundtable/shared/editor/hard-words';
import { createDocumentExtensions } from '@roundtable/shared/editor/extensions';
import { HardWordMarks, setHardWords } from './hard-word-marks.ts';
import { HardWordTip } from './HardWordTip.tsx';

const advocate: HardWord = { word: 'advocate', explanation: 'someone who speaks up for you' };
const editors: Editor[] = [];

afterEach(() => {
  cleanup();
  for (const editor of editors.splice(0)) editor.destroy();
});

function editorWithTip() {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({
    element,
    extensions: [...createDocumentExtensions(), HardWordMarks],
    content: '<p>An advocate helps you.</p>',
  });
  editors.push(editor);
  setHardWords(editor, [advocate]);
  render(<HardWordTip editor={editor} />);
  return { editor, tip: screen.getByRole('status') };
}

it('explains the word the caret is in, and nothing elsewhere', () => {
  const { editor, tip } = editorWithTip();
  expect(tip.textContent).toBe('');
  act(() => {
    editor.view.focus();
    editor.commands.setTextSelection(6);
  });
  expect(tip.textContent).toBe('Advocate: someone who speaks up for you');
  act(() => {
    editor.commands.setTextSelection(16);
  });
  expect(tip.textContent).toBe('');
});

it('hides with Esc until the caret is in another word or none', () => {
  const { editor, tip } = editorWithTip();
  act(() => {
    editor.view.focus();
    editor.commands.setTextSelection(6);
  });
  act(() => {
    editor.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  });
  expect(tip.textContent).toBe('');
  act(() => {
    editor.commands.setTextSelection(16);
  });
  act(() => {
    editor.commands.setTextSelection(7);
  });
  expect(tip.textContent).toBe('Advocate: someone who speaks up for you');
});

it('explains the word under the pointer', () => {
  const { editor, tip } = editorWithTip();
  const word = editor.view.dom.querySelector('.rt-hard-word');
  expect(word?.textContent).toBe('advocate');
  act(() => {
    word?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
  });
  expect(tip.textContent).toBe('Advocate: someone who speaks up for you');
});

it('lets a press on the tip reach the words under it', () => {
  const { editor, tip } = editorWithTip();
  act(() => {
    editor.view.dom
      .querySelector('.rt-hard-word')
      ?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
  });
  expect(tip.textContent).not.toBe('');
  // happy-dom lays nothing out: the words under the press are "helps" (position 16).
  vi.spyOn(editor.view, 'posAtCoords').mockReturnValue({ pos: 16, inside: -1 });
  act(() => {
    tip.dispatchEvent(
      new MouseEvent('mousedown', { bubbles: true, cancelable: true, clientX: 40, clientY: 30 }),
    );
  });
  expect(tip.textContent).toBe('');
  expect(editor.isFocused).toBe(true);
  expect(editor.state.selection.head).toBe(16);
});
