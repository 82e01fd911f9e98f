// Personal API tokens for scripts (issue 3).
export { TokensPage } from './TokensPage.tsx';
