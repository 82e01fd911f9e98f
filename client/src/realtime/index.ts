// The Yjs side of the client: one CollabSession per open document, and the pieces it is made of.
export {
  CollabSession,
  type CollabSessionOptions,
  type PresenceUser,
  type SessionSnapshot,
} from './collab-session.ts';
export { clearLocalCopies, localCopyName } from './local-copies.ts';
export { DraftReader, type DraftReaderState } from './draft-reader.ts';
export { connectionStateFrom, hasUnsentChanges, type ConnectionState } from './connection-state.ts';
export { watchBookings } from './bookings-watch.ts';
