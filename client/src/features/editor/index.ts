// The document page and its live editor.
export { DocumentPage } from './DocumentPage.tsx';
