// @vitest-environment happy-dom
// The hard-word marks in a real editor: drawn over each hard word, never written into the
// document, kept right as the text and the list change, and found at the caret.
import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import type { HardWord } from '@roundtable/shared/editor/hard-words';
import { createDocumentExtensions } from '@roundtable/shared/editor/extensions';
import { hardWordAt, HardWordMarks, hardWordsInText, setHardWords } from './hard-word-marks.ts';

const advocate: HardWord = { word: 'advocate', explanation: 'someone who speaks up for you' };
const carePlan: HardWord = { word: 'care plan', explanation: 'a plan of the help you get' };

const editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

function editorWith(html: string): Editor {
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: [...createDocumentExtensions(), HardWordMarks],
    content: html,
  });
  editors.push(editor);
  return editor;
}

const marked = (editor: Editor) =>
  [...editor.view.dom.querySelectorAll('.rt-hard-word')].map((element) => element.textContent);

describe('hard word marks', () => {
  it('marks every hard word in the text, and writes nothing into the document', () => {
    const editor = editorWith(
      '<p>Ask an <strong>Advo</strong>cate about your care plan.</p><p>Advocates help.</p>',
    );
    const before = JSON.stringify(editor.getJSON());
    setHardWords(editor, [advocate, carePlan]);
    // A word split by bold is marked in two pieces that join up on screen.
    expect(marked(editor)).toEqual(['Advo', 'cate', 'care plan', 'Advocates']);
    expect(JSON.stringify(editor.getJSON())).toBe(before);
    expect(hardWordsInText(editor.state)).toEqual([advocate, carePlan]);
  });

  it('follows the text as people write, and the list as it changes', () => {
    const editor = editorWith('<p>Ask for help.</p>');
    setHardWords(editor, [advocate]);
    expect(marked(editor)).toEqual([]);
    editor.commands.insertContentAt(5, 'an advocate ');
    expect(marked(editor)).toEqual(['advocate']);
    setHardWords(editor, [carePlan]);
    expect(marked(editor)).toEqual([]);
    setHardWords(editor, []);
    expect(hardWordsInText(editor.state)).toEqual([]);
  });

  it('finds the hard word the caret is in, or touches, and none elsewhere', () => {
    const editor = editorWith('<p>An advocate helps.</p>');
    setHardWords(editor, [advocate]);
    // "An " is positions 1-3; "advocate" runs from 4 to 12.
    expect(hardWordAt(editor.state, 6)).toEqual({ from: 4, to: 12, word: advocate });
    expect(hardWordAt(editor.state, 12)?.word).toBe(advocate);
    expect(hardWordAt(editor.state, 2)).toBeNull();
    expect(hardWordAt(editor.state, 14)).toBeNull();
  });

  it('does not find a phrase across a line break', () => {
    const editor = editorWith('<p>care<br>plan</p>');
    setHardWords(editor, [carePlan]);
    expect(marked(editor)).toEqual([]);
  });
});
