// The connections in one room, and the three ways a frame reaches them.
import type { CollabConnection } from './connection.ts';

export class RoomConnections extends Set<CollabConnection> {
  /** Sends a document update to everyone here who has synced (see `syncRequested`). */
  relay(frame: Uint8Array, except: CollabConnection | null): void {
    for (const connection of this) {
      if (connection !== except && connection.syncRequested) connection.send(frame);
    }
  }

  broadcast(frame: Uint8Array, except: CollabConnection | null): void {
    for (const connection of this) {
      if (connection !== except) connection.send(frame);
    }
  }

  /**
   * Sends a Roundtable extension frame: only clients that asked for the extensions (`?acks=1`)
   * get it, since stock y-websocket clients log unknown message types as errors.
   */
  sendToExtensionClients(frame: Uint8Array): void {
    for (const connection of this) if (connection.wantsAcks) connection.send(frame);
  }
}
