// Display choices (text size, contrast, spacing, font) and read aloud.
export { DisplayMenu } from './DisplayMenu.tsx';
export { DisplaySettingsProvider, useDisplaySettings } from './DisplaySettingsProvider.tsx';
export {
  ReadAloudProvider,
  useReadAloud,
  type ReadableText,
  type TextSource,
} from './ReadAloudProvider.tsx';
export { ReadingBar } from './ReadingBar.tsx';
export {
  applyDisplaySettings,
  loadDisplaySettings,
  type DisplaySettings,
  type TextSize,
} from './display-settings.ts';
