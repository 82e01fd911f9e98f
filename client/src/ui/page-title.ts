// Every page sets the browser tab's title, so people (and screen readers) know where they are.
import { useEffect } from 'react';

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} – Roundtable` : 'Roundtable';
  }, [title]);
}
