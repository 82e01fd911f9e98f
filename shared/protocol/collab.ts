// The /collab wire contract: y-websocket message types (plus Roundtable's optional "saved"
// acknowledgement) and the close codes a client acts on. The stock y-websocket provider (3.x)
// stops reconnecting after any code from 4400 to 4499, so those are kept for conditions that
// will not pass; one that may pass closes with 1011 or 1013, which it retries. A client that
// writes fast is never closed: the server stops reading its socket until its budget refills.

/** y-websocket message types, as in y-websocket's provider and server. */
export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  /**
   * Roundtable extension, sent only to clients that connect with `?acks=1`: after the server has
   * stored updates from this connection it sends, for each Yjs client id in them, the highest
   * clock it has stored (varuint count, then count × (varuint client, varuint clock)). The
   * browser compares this with its own state vector to show "Saved" honestly. Stock clients
   * never ask and never receive it.
   */
  saved: 100,
  /**
   * Roundtable extension, sent only to clients that connect with `?acks=1`: the document's
   * status as a JSON string (varstring), `{ "lockedReason": string | null, "suggestionsOnly":
   * string | null }`. Sent on joining and whenever it changes; while locked the server drops
   * every update, for everyone; while `suggestionsOnly` is set (a draft in review) it drops
   * updates that do more than add or withdraw suggestions.
   */
  status: 101,
  /**
   * Roundtable extension, sent only to clients that connect with `?acks=1`: a comment thread on
   * this document changed, as a JSON string (varstring) matching `CommentsNotice` in
   * `shared/protocol/comments.ts`. Clients fetch the threads again over REST.
   */
  comments: 102,
  /**
   * Roundtable extension, sent only to clients that connect with `?acks=1`: the hard words of
   * this document's workspace changed, as a JSON string (varstring) matching `HardWordsNotice` in
   * `shared/protocol/hard-words.ts`. Clients fetch the words again over REST.
   */
  hardWords: 103,
} as const;

export interface DocumentStatus {
  lockedReason: string | null;
  /** Why changes must be suggestions just now (the draft is in review), or null. */
  suggestionsOnly?: string | null;
}

export const CloseCode = {
  /** Not a valid y-websocket message, or an update that fails to decode, or a bad document id. */
  malformed: 4400,
  /** Not signed in, or the sign-in expired: refresh it and try again. */
  unauthorized: 4401,
  /** Signed in but not allowed: do not retry, explain why. */
  forbidden: 4403,
  /** No such document (or it is in the bin). */
  notFound: 4404,
  /**
   * A message over the size cap (`MAX_MESSAGE_BYTES`), or a change that would take the document
   * past its size limit (`MAX_DOCUMENT_BYTES`); the reason says which. Nothing was stored.
   */
  tooLarge: 4413,
  /** The server is shutting down: reconnect (to another process, or when it is back). */
  goingAway: 1001,
  /** The server could not load the document or store a change: nothing was kept; retry. */
  serverError: 1011,
  /**
   * Not now: e.g. an update that needs changes the server does not have yet. Reconnect, and
   * the sync sends everything in order.
   */
  tryAgainLater: 1013,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Close codes after which a client should stop reconnecting and tell the person why. */
export const TERMINAL_CLOSE_CODES: ReadonlySet<number> = new Set([
  CloseCode.forbidden,
  CloseCode.notFound,
  CloseCode.malformed,
  // Sending the same change again would be refused again.
  CloseCode.tooLarge,
]);

/** The name of the Y.XmlFragment that holds the editor's content. */
export const CONTENT_FRAGMENT = 'default';
