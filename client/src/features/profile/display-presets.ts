// "How I like information" pre-sets the Display menu: when someone newly says they like larger
// text or Easy Read, the matching Display choices are switched on (and can still be changed in
// the Display menu). Only newly chosen answers change anything, so saving the profile again
// never undoes what the person later picked in the Display menu.
import type { InformationPreferences } from '@roundtable/shared/protocol/people';
import type { DisplaySettings } from '../display/index.ts';

export interface Preset {
  change: Partial<DisplaySettings>;
  /** What changed, in words, for the "Saved" message. */
  words: string[];
}

export function displayPreset(
  before: InformationPreferences,
  after: InformationPreferences,
  current: DisplaySettings,
): Preset {
  const change: Partial<DisplaySettings> = {};
  const words: string[] = [];
  if (after.largerText && !before.largerText) {
    if (current.textSize === 'standard' || current.textSize === 'large') {
      change.textSize = 'larger';
      words.push('the text is now larger');
    }
  }
  if (after.easyRead && !before.easyRead) {
    if (!current.wideSpacing) {
      change.wideSpacing = true;
      words.push('lines are spaced wider');
    }
    if (!current.readableFont) {
      change.readableFont = true;
      words.push('the font is easier to read');
    }
  }
  if (after.readAloud && !before.readAloud) {
    words.push('a “Read aloud” button is now at the top of every page');
  }
  return { change, words };
}
