// The connection state of one open document, as a discriminated union, worked out from plain
// facts by one pure function, so every part of the page agrees on what to say.

export interface ConnectionFacts {
  /** The browser says it has a network. */
  online: boolean;
  /** The WebSocket to the server is open. */
  connected: boolean;
  /** The server has answered our sync request on the current connection. */
  synced: boolean;
  /** We have been in sync with the server at least once since the page opened. */
  everSynced: boolean;
  /** A connection attempt has ended since the page opened (so we are no longer just starting). */
  attemptEnded: boolean;
  /** The server holds everything in the local copy. */
  saved: boolean;
  /** The draft is locked (message 101): the server drops every change, so nothing can save. */
  locked?: boolean;
  /** The last connection was refused because the sign-in ended (close code 4401). */
  signedOut: boolean;
  /** The server closed the connection for a reason that retrying cannot fix. */
  stopped: { code: number; reason: string } | null;
}

export type ConnectionState =
  | { kind: 'connecting' }
  | { kind: 'saved' }
  | { kind: 'saving' }
  /** Locked while a change from here was not stored: it is sent when the lock ends. */
  | { kind: 'locked' }
  | { kind: 'reconnecting'; unsaved: boolean }
  | { kind: 'offline'; unsaved: boolean }
  | { kind: 'signed-out'; unsaved: boolean }
  | { kind: 'stopped'; code: number; reason: string };

export function connectionStateFrom(facts: ConnectionFacts): ConnectionState {
  if (facts.stopped) return { kind: 'stopped', ...facts.stopped };
  if (!facts.online) return { kind: 'offline', unsaved: !facts.saved };
  if (facts.connected && facts.synced) {
    if (facts.saved) return { kind: 'saved' };
    return { kind: facts.locked ? 'locked' : 'saving' };
  }
  if (facts.signedOut) return { kind: 'signed-out', unsaved: !facts.saved };
  if (!facts.everSynced && !facts.attemptEnded) return { kind: 'connecting' };
  return { kind: 'reconnecting', unsaved: !facts.saved };
}

/** True when closing the page now could lose work that exists only on this device. */
export function hasUnsentChanges(state: ConnectionState): boolean {
  switch (state.kind) {
    case 'saved':
      return false;
    case 'saving':
      return true;
    case 'reconnecting':
    case 'offline':
    case 'signed-out':
      return state.unsaved;
    case 'locked':
      // Kept on this device and sent when the lock ends; the lock is not this person's doing.
      return false;
    case 'connecting':
    case 'stopped':
      // While connecting we cannot know yet; a stopped document cannot be saved at all, so
      // asking would only trap the person on the page.
      return false;
    default: {
      const unreachable: never = state;
      return unreachable;
    }
  }
}

export function sameConnectionState(a: ConnectionState, b: ConnectionState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
