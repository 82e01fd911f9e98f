import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPLAY_SETTINGS, parseDisplaySettings } from './display-settings.ts';

describe('parseDisplaySettings', () => {
  it('gives the defaults for nothing saved or damaged data', () => {
    expect(parseDisplaySettings(null)).toEqual(DEFAULT_DISPLAY_SETTINGS);
    expect(parseDisplaySettings('{not json')).toEqual(DEFAULT_DISPLAY_SETTINGS);
    expect(parseDisplaySettings('42')).toEqual(DEFAULT_DISPLAY_SETTINGS);
  });

  it('keeps valid choices and drops invalid ones', () => {
    expect(
      parseDisplaySettings(
        JSON.stringify({ textSize: 'largest', highContrast: true, wideSpacing: 'yes', extra: 1 }),
      ),
    ).toEqual({ textSize: 'largest', highContrast: true, wideSpacing: false, readableFont: false });
    expect(parseDisplaySettings(JSON.stringify({ textSize: 'huge' })).textSize).toBe('standard');
  });
});
