// The plain-English helper: a panel beside the editor that marks long sentences, hard words, the
// passive voice, unexplained abbreviations and sentences with more than one idea, and the same
// summary for a version on the versions page. The analysis runs in a Web Worker.
export {
  PlainEnglishPanel,
  type PlainEnglishInput,
  type PlainEnglishPanelProps,
} from './PlainEnglishPanel.tsx';
export { PlainEnglishSummary, type PlainEnglishSummaryProps } from './PlainEnglishSummary.tsx';
