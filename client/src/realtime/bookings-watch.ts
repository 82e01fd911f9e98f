// Told live when a public event's bookings change (facilitators): over the /meeting channel,
// asking again after every reconnect.
import { io, type Socket } from 'socket.io-client';
import {
  MEETING_NAMESPACE,
  type MeetingClientEvents,
  type MeetingServerEvents,
} from '@roundtable/shared/protocol/meeting';

/** Calls `onChanged` whenever the event's bookings change; returns a function that stops. */
export function watchBookings(eventId: string, onChanged: () => void): () => void {
  const socket: Socket<MeetingServerEvents, MeetingClientEvents> = io(
    `${window.location.origin}${MEETING_NAMESPACE}`,
    { transports: ['websocket'], withCredentials: true, randomizationFactor: 0.5 },
  );
  socket.on('connect', () => {
    // Changes missed while disconnected are read again too.
    socket.emit('bookings:watch', { eventId }, () => onChanged());
  });
  socket.on('bookings:changed', (notice) => {
    if (notice.eventId === eventId) onChanged();
  });
  return () => {
    socket.disconnect();
  };
}
