// Easy Read versions (issue 12): the link both ways on a document's page, keeping an Easy Read
// version in step with its full draft in the editor, and checking it with the group.
export { EasyReadLinks } from './EasyReadLinks.tsx';
export { KeepInStepPanel, StaleNotice } from './KeepInStepPanel.tsx';
export { useKeepInStep, type KeepInStep } from './useKeepInStep.ts';
export { CheckPage } from './CheckPage.tsx';
export { CheckResultsPage } from './CheckResultsPage.tsx';
