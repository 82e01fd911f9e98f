// The person's name and colour as kept in this browser: typed once when there is no sign-in,
// or copied from the signed-in profile so the page still knows them when the server is away.
import { useCallback, useState } from 'react';
import { loadIdentity, pickColour, saveIdentity, type Identity } from './identity.ts';

export interface LocalIdentity {
  identity: Identity | null;
  setName(name: string): void;
  adopt(identity: Identity): void;
}

export function useIdentity(): LocalIdentity {
  const [identity, setIdentity] = useState(() => loadIdentity(window.localStorage));
  const setName = useCallback((name: string) => {
    setIdentity((previous) => {
      const next = { name, color: previous?.color ?? pickColour(Math.random) };
      saveIdentity(window.localStorage, next);
      return next;
    });
  }, []);
  const adopt = useCallback((next: Identity) => {
    setIdentity((previous) => {
      if (previous?.name === next.name && previous.color === next.color) return previous;
      saveIdentity(window.localStorage, next);
      return next;
    });
  }, []);
  return { identity, setName, adopt };
}
