// Holds the display choices for the whole app and keeps <html> and localStorage in step.
import { createContext, use, useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import {
  applyDisplaySettings,
  loadDisplaySettings,
  saveDisplaySettings,
  type DisplaySettings,
} from './display-settings.ts';

interface DisplaySettingsContextValue {
  settings: DisplaySettings;
  change(change: Partial<DisplaySettings>): void;
}

const DisplaySettingsContext = createContext<DisplaySettingsContextValue | null>(null);

export function DisplaySettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState(() => loadDisplaySettings(window.localStorage));

  useEffect(() => {
    applyDisplaySettings(document.documentElement, settings);
    saveDisplaySettings(window.localStorage, settings);
  }, [settings]);

  const change = useCallback((update: Partial<DisplaySettings>) => {
    setSettings((previous) => ({ ...previous, ...update }));
  }, []);

  const value = useMemo(() => ({ settings, change }), [settings, change]);
  return <DisplaySettingsContext value={value}>{children}</DisplaySettingsContext>;
}

export function useDisplaySettings(): DisplaySettingsContextValue {
  const value = use(DisplaySettingsContext);
  if (!value) throw new Error('useDisplaySettings needs a DisplaySettingsProvider above it');
  return value;
}
