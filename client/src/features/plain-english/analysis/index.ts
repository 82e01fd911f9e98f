// The analysis the plain-English worker runs: pure, synchronous, and free of the DOM, so the
// unit tests and the benchmark run it directly.
export { ParagraphAnalyser } from './analyse-paragraph.ts';
export { combineParagraphs, type AnalysedBlock, type DocumentFindings } from './document.ts';
export * from './types.ts';
export { announcement, otherLines, sentencesLine, type DocumentSummary } from './words.ts';
