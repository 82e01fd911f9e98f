// Export the draft or a version as Word, PDF, a web page or Markdown.
export { ExportButton } from './ExportButton.tsx';
export { ExportDialog, type ExportTarget } from './ExportDialog.tsx';
