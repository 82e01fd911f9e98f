// Opens a document's CollabSession while the page shows it, and closes it afterwards.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { CollabSession, type PresenceUser, type SessionSnapshot } from '../../realtime/index.ts';

function collabUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}/collab`;
}

export function useCollabSession(documentId: string, user: PresenceUser): CollabSession | null {
  const [session, setSession] = useState<CollabSession | null>(null);
  const [firstUser] = useState(user);

  useEffect(() => {
    const next = new CollabSession({
      documentId,
      serverUrl: collabUrl(),
      user: firstUser,
      browser: window,
    });
    setSession(next);
    return () => {
      next.destroy();
      setSession(null);
    };
  }, [documentId, firstUser]);

  useEffect(() => {
    session?.setUser(user);
  }, [session, user]);

  return session;
}

export function useSessionSnapshot(session: CollabSession): SessionSnapshot {
  return useSyncExternalStore(
    (onChange) => session.subscribe(onChange),
    () => session.getSnapshot(),
  );
}
