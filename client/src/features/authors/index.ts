export { AuthorsPanel } from './AuthorsPanel.tsx';
export { AuthorsView } from './authors-view.ts';
export { createAuthorsHighlight } from './authors-highlight.ts';
