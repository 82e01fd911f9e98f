// Whether this person has the plain-English helper on, remembered on this device. Off until
// they turn it on: the marks are for people who want them.
import { useCallback, useState } from 'react';

const STORAGE_KEY = 'roundtable-plain-english';

function readSaved(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

export function usePlainEnglishSwitch(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(readSaved);
  const change = useCallback((next: boolean) => {
    setOn(next);
    try {
      localStorage.setItem(STORAGE_KEY, next ? 'on' : 'off');
    } catch {
      // Not remembered, still switched.
    }
  }, []);
  return [on, change];
}
