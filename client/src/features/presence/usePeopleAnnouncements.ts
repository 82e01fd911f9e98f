// Announces joins and leaves in the page's live region while a document is open.
import { useEffect } from 'react';
import type { CollabSession } from '../../realtime/index.ts';
import { useAnnouncer } from '../../ui/index.ts';
import { PeopleAnnouncer } from './people-announcer.ts';

export function usePeopleAnnouncements(session: CollabSession): void {
  const { announce } = useAnnouncer();
  useEffect(() => {
    const { provider } = session;
    const announcer = new PeopleAnnouncer({
      awareness: session.awareness,
      isConnected: () => provider.wsconnected,
      announce,
    });
    const onSync = (synced: boolean) => {
      if (synced) announcer.connected();
    };
    provider.on('sync', onSync);
    if (provider.synced) announcer.connected();
    return () => {
      provider.off('sync', onSync);
      announcer.destroy();
    };
  }, [session, announce]);
}
