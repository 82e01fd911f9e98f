// The codec for Roundtable's "saved" acknowledgement on /collab (message type 100, see
// shared/protocol/collab.ts): after the server has stored updates from this connection it sends,
// for each Yjs client id in them, the highest clock it has stored.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MessageType } from '@roundtable/shared/protocol/collab';

/** Reads the body of a saved message (after its type): client id → stored clock. */
export function readSavedClocks(decoder: decoding.Decoder): Map<number, number> {
  const clocks = new Map<number, number>();
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i += 1) {
    const client = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    clocks.set(client, Math.max(clock, clocks.get(client) ?? 0));
  }
  return clocks;
}

/** Encodes a whole saved message, type included. The server has its own; this one is for tests. */
export function encodeSavedMessage(clocks: ReadonlyMap<number, number>): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.saved);
  encoding.writeVarUint(encoder, clocks.size);
  for (const [client, clock] of clocks) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
  }
  return encoding.toUint8Array(encoder);
}
