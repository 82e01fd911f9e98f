// Suggesting mode: the editor extension, the Editing/Suggesting switch, and the cards.
export { ModeSwitch, type EditMode } from './ModeSwitch.tsx';
export { SuggestionCards, type AskTheGroup } from './SuggestionCards.tsx';
export { Suggesting, suggestionLabelsKey } from './suggesting-extension.ts';
export { listDecisions } from './api.ts';
export { ReviewState } from './ReviewState.tsx';
export { ReviewSettingForm } from './ReviewSettingForm.tsx';
