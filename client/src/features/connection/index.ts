// The connection state in words, and the warning before closing with unsent changes.
export { ConnectionStatus } from './ConnectionStatus.tsx';
export { OFFLINE_TEXT, statusWords, stoppedReason } from './connection-words.ts';
export { useUnsentChangesWarning } from './useUnsentChangesWarning.ts';
