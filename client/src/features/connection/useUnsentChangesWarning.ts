// Asks before the tab closes while changes exist only on this device. (They are kept in
// IndexedDB and sent next time, but a person closing the tab should know they are not sent.)
import { useEffect } from 'react';
import { hasUnsentChanges, type ConnectionState } from '../../realtime/index.ts';

export function useUnsentChangesWarning(state: ConnectionState): void {
  const unsent = hasUnsentChanges(state);
  useEffect(() => {
    if (!unsent) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need returnValue set to show the question.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [unsent]);
}
