// The people in a document as React state, updated whenever awareness changes.
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { peopleFrom, type Person } from './people.ts';

function samePeople(a: readonly Person[], b: readonly Person[]): boolean {
  return (
    a.length === b.length &&
    a.every((person, index) => {
      const other = b[index];
      return (
        other !== undefined &&
        other.clientId === person.clientId &&
        other.name === person.name &&
        other.color === person.color
      );
    })
  );
}

export function usePeople(awareness: Awareness): Person[] {
  const cache = useRef<Person[]>([]);
  const subscribe = useCallback(
    (onChange: () => void) => {
      awareness.on('change', onChange);
      return () => awareness.off('change', onChange);
    },
    [awareness],
  );
  const getSnapshot = useCallback(() => {
    const next = peopleFrom(awareness);
    if (!samePeople(cache.current, next)) cache.current = next;
    return cache.current;
  }, [awareness]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
