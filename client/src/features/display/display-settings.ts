// The person's display choices: text size, contrast, spacing and font. They are kept in this
// browser (localStorage) and applied to the whole app as attributes and classes on <html>,
// which the style sheet turns into custom properties.

export const TEXT_SIZES = ['standard', 'large', 'larger', 'largest'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export const TEXT_SIZE_LABELS: Record<TextSize, string> = {
  standard: 'Standard',
  large: 'Large',
  larger: 'Larger',
  largest: 'Largest',
};

export interface DisplaySettings {
  textSize: TextSize;
  highContrast: boolean;
  wideSpacing: boolean;
  /** A font many people with dyslexia find easier to read. */
  readableFont: boolean;
}

export const DEFAULT_DISPLAY_SETTINGS: DisplaySettings = {
  textSize: 'standard',
  highContrast: false,
  wideSpacing: false,
  readableFont: false,
};

export const DISPLAY_STORAGE_KEY = 'roundtable.display';

function isTextSize(value: unknown): value is TextSize {
  return typeof value === 'string' && (TEXT_SIZES as readonly string[]).includes(value);
}

/** Reads saved choices, keeping the defaults for anything missing or damaged. */
export function parseDisplaySettings(raw: string | null): DisplaySettings {
  if (!raw) return DEFAULT_DISPLAY_SETTINGS;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return DEFAULT_DISPLAY_SETTINGS;
  }
  if (typeof value !== 'object' || value === null) return DEFAULT_DISPLAY_SETTINGS;
  const record = value as Record<string, unknown>;
  const flag = (key: keyof DisplaySettings): boolean =>
    typeof record[key] === 'boolean' ? record[key] : false;
  return {
    textSize: isTextSize(record.textSize) ? record.textSize : 'standard',
    highContrast: flag('highContrast'),
    wideSpacing: flag('wideSpacing'),
    readableFont: flag('readableFont'),
  };
}

export function loadDisplaySettings(storage: Storage): DisplaySettings {
  try {
    return parseDisplaySettings(storage.getItem(DISPLAY_STORAGE_KEY));
  } catch {
    return DEFAULT_DISPLAY_SETTINGS;
  }
}

export function saveDisplaySettings(storage: Storage, settings: DisplaySettings): void {
  try {
    storage.setItem(DISPLAY_STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Storage can be full or switched off; the choice still applies until the page closes.
  }
}

export function applyDisplaySettings(root: HTMLElement, settings: DisplaySettings): void {
  root.dataset.textSize = settings.textSize;
  root.classList.toggle('rt-high-contrast', settings.highContrast);
  root.classList.toggle('rt-wide-spacing', settings.wideSpacing);
  root.classList.toggle('rt-readable-font', settings.readableFont);
}
