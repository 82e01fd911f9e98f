// Versions of a document, and agreeing one: the versions page, the agreement poll form and
// outcome for the meeting page, and the workspace's agreement rule.
export { VersionsPage } from './VersionsPage.tsx';
export { AgreementPollForm, type AgreementPollInput } from './AgreementPollForm.tsx';
export { AgreementOutcome, AgreementVersion } from './AgreementOutcome.tsx';
export { AgreementRuleForm } from './AgreementRuleForm.tsx';
export { compareWords } from './diff.ts';
export { dayWords } from './words.ts';
export { WordChanges, WordChangesKey } from './WordChanges.tsx';
