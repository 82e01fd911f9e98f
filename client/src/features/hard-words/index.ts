// A workspace's hard words (issue 12): marked and explained in the editor, listed beside a
// document and on their own page, and offered to the plain-English helper.
export { HardWordsPage } from './HardWordsPage.tsx';
export { HardWordsInDocument } from './HardWordsInDocument.tsx';
export { HardWordForm, type HardWordFields } from './HardWordForm.tsx';
export { HardWordMarks, hardWordAt, hardWordsInText, setHardWords } from './hard-word-marks.ts';
export { useEditorHardWords, type EditorHardWords } from './useEditorHardWords.tsx';
export { useHardWords, useHardWordsQuery, useLiveHardWords } from './queries.ts';
