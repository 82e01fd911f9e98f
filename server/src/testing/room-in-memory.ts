// A document room with nothing behind it (no storage, no bus), and connections that keep what
// they are sent: for tests of what a room does with the frames it is given.
import type { WebSocket } from 'ws';
import type * as Y from 'yjs';
import { CollabConnection } from '../collab/connection.ts';
import { measuringBudgets } from '../collab/document-size.ts';
import { DocumentRoom } from '../collab/room.ts';
import type { DocumentRoomOptions } from '../collab/room-options.ts';
import { editorSchemaGuard } from '../export/editor-schema-guard.ts';

export function roomInMemory(
  doc: Y.Doc,
  options: Partial<DocumentRoomOptions<DocumentRoom>> = {},
): DocumentRoom {
  return new DocumentRoom({
    guard: editorSchemaGuard(),
    documentId: 'doc-1',
    doc,
    logBytes: 0,
    compactAfterBytes: 1 << 20,
    persist: () => undefined,
    onLogGrown: () => undefined,
    publish: () => undefined,
    onBroken: () => undefined,
    measuring: measuringBudgets(),
    ...options,
  });
}

/** A reader's connection, open, and the frames the server sent it. */
export function recordingConnection(id: string): {
  connection: CollabConnection;
  sent: Uint8Array[];
} {
  const sent: Uint8Array[] = [];
  const socket = { readyState: 1, OPEN: 1, send: (frame: Uint8Array) => sent.push(frame) };
  const connection = new CollabConnection({
    id,
    socket: socket as unknown as WebSocket,
    wantsAcks: false,
    mayWrite: false,
  });
  return { connection, sent };
}
