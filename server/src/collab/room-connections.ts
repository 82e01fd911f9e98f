// The connections in one room, and the three ways a frame reaches them.
import type { CollabConnection } from './connection.ts';
import { binaryFrame, type WireFrame } from './wire-frame.ts';

export class RoomConnections extends Set<CollabConnection> {
  /** Sends a document update to everyone here who has synced (see `syncRequested`). */
  relay(message: Uint8Array, except: CollabConnection | null): void {
    this.sendWhere(message, (connection) => connection !== except && connection.syncRequested);
  }

  broadcast(message: Uint8Array, except: CollabConnection | null): void {
    this.sendWhere(message, (connection) => connection !== except);
  }

  /**
   * Sends a Roundtable extension frame: only clients that asked for the extensions (`?acks=1`)
   * get it, since stock y-websocket clients log unknown message types as errors.
   */
  sendToExtensionClients(frame: Uint8Array): void {
    for (const connection of this) if (connection.wantsAcks) connection.send(frame);
  }

  /** Frames the message once, if anyone is to get it, and sends that frame to each. */
  private sendWhere(message: Uint8Array, wanted: (connection: CollabConnection) => boolean): void {
    let frame: WireFrame | undefined;
    for (const connection of this) {
      if (!wanted(connection)) continue;
      frame ??= binaryFrame(message);
      connection.sendFrame(frame);
    }
  }
}
