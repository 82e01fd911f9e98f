// A page that watches one thing over a small Socket.IO channel (/recruiting, /consultations):
// it asks to watch on every connect, reads again what changed while it was away, and reads again
// whenever the server says so. Disconnected by the server (the person's access changed), it
// connects again and asks again with whatever access the person has now.
import { useEffect, useRef } from 'react';
import { io } from 'socket.io-client';

export interface WatchedChannel {
  namespace: string;
  /** The watch event and its payload; null while there is nothing to watch. */
  watch: { event: string; payload: unknown } | null;
  /** The server's notice that what is watched changed. */
  changed: string;
  /** Reads what is watched again. */
  reload: () => void;
}

export function useWatchedChannel({ namespace, watch, changed, reload }: WatchedChannel): void {
  const reloadRef = useRef(reload);
  reloadRef.current = reload;
  const event = watch?.event ?? null;
  const payload = watch ? JSON.stringify(watch.payload) : null;
  useEffect(() => {
    if (event === null || payload === null) return;
    const socket = io(`${window.location.origin}${namespace}`, { transports: ['websocket'] });
    const read = () => reloadRef.current();
    socket.on('connect', () => {
      socket.emit(event, JSON.parse(payload) as unknown, () => undefined);
      read(); // what changed while the connection was down
    });
    socket.on('disconnect', (reason) => {
      if (reason === 'io server disconnect') socket.connect();
    });
    socket.on(changed, read);
    return () => {
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, [namespace, event, payload, changed]);
}
