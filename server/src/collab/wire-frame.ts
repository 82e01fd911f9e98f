// A document update or a presence change goes to everyone in a room, the same bytes to each. ws
// frames a message again for every socket it is sent on (an options object, a header, two writes
// joined by a writev); here the WebSocket frame is built once and the same bytes are written to
// every socket. The frame is the same for every receiver: frames from a server are never masked,
// and Roundtable's WebSocket server offers no compression (RFC 6455, section 5.2).
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';

/** One binary message, framed once: `bytes` is the whole frame, `payload` the message. */
export interface WireFrame {
  readonly bytes: Buffer;
  readonly payload: Uint8Array;
}

/** A final binary frame (FIN set, opcode 2, no mask) carrying `payload`. */
export function binaryFrame(payload: Uint8Array): WireFrame {
  const length = payload.byteLength;
  const headerBytes = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const bytes = Buffer.allocUnsafe(headerBytes + length);
  bytes[0] = 0x82;
  if (length < 126) {
    bytes[1] = length;
  } else if (length < 65_536) {
    bytes[1] = 126;
    bytes.writeUInt16BE(length, 2);
  } else {
    bytes[1] = 127;
    bytes.writeUInt32BE(Math.floor(length / 2 ** 32), 2);
    bytes.writeUInt32BE(length >>> 0, 6);
  }
  bytes.set(payload, headerBytes);
  return { bytes, payload };
}

/**
 * Writes a frame to an open WebSocket, straight to the connection under it. ws's own writes go
 * to that connection synchronously too (nothing is compressed or queued), so frames keep their
 * order and never interleave. Where ws does not expose its connection, ws frames it.
 */
export function writeFrame(socket: WebSocket, frame: WireFrame): void {
  const stream = (socket as unknown as { _socket?: Duplex | null })._socket;
  if (stream) stream.write(frame.bytes);
  else socket.send(frame.payload);
}
