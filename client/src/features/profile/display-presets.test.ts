import { describe, expect, it } from 'vitest';
import { InformationPreferences } from '@roundtable/shared/protocol/people';
import { displayPreset } from './display-presets.ts';

const none = InformationPreferences.parse({});
const standard = {
  textSize: 'standard',
  highContrast: false,
  wideSpacing: false,
  readableFont: false,
} as const;

describe('displayPreset', () => {
  it('makes the text larger when someone newly asks for larger text', () => {
    const preset = displayPreset(none, { ...none, largerText: true }, standard);
    expect(preset.change).toEqual({ textSize: 'larger' });
    expect(preset.words).toEqual(['the text is now larger']);
  });

  it('never makes text smaller than the person already chose', () => {
    const preset = displayPreset(
      none,
      { ...none, largerText: true },
      { ...standard, textSize: 'largest' },
    );
    expect(preset.change).toEqual({});
  });

  it('changes nothing when the answer was already saved, so Display choices made later stay', () => {
    const before = { ...none, largerText: true, easyRead: true };
    expect(displayPreset(before, before, standard)).toEqual({ change: {}, words: [] });
  });

  it('spaces lines wider and uses the easier font for Easy Read', () => {
    expect(displayPreset(none, { ...none, easyRead: true }, standard).change).toEqual({
      wideSpacing: true,
      readableFont: true,
    });
  });
});
