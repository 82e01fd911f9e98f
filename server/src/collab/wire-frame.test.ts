// Frames built once are written straight to each socket: a stock ws client must read them as
// the same messages, in the order sent, whatever their length and mixed with ws's own sends.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { binaryFrame, writeFrame } from './wire-frame.ts';

async function connectedPair(): Promise<{ server: WebSocket; client: WebSocket; close(): void }> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(wss, 'listening');
  const accepted = once(wss, 'connection') as Promise<[WebSocket]>;
  const client = new WebSocket(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}`);
  const [[server]] = await Promise.all([accepted, once(client, 'open')]);
  return {
    server,
    client,
    close: () => {
      client.terminate();
      wss.close();
    },
  };
}

const payloadOf = (length: number, seed: number): Uint8Array =>
  new Uint8Array(length).map((_, i) => (i * 7 + seed) % 256);

describe('frames built once for a room', () => {
  let close = (): void => undefined;
  afterEach(() => close());

  it('reach a ws client whole and in order, either side of each length encoding, between ws sends', async () => {
    const pair = await connectedPair();
    close = pair.close;
    // 125 and 126, 65,535 and 65,536: where the length takes 1, 2 and 8 bytes.
    const lengths = [0, 1, 125, 126, 127, 65_535, 65_536, 300_000];
    const expected: Buffer[] = [];
    const received: Buffer[] = [];
    const all = new Promise<void>((resolve) => {
      pair.client.on('message', (data: Buffer, isBinary: boolean) => {
        expect(isBinary).toBe(true);
        received.push(Buffer.from(data));
        if (received.length === expected.length) resolve();
      });
    });
    // Written under ws, not through its send (which frames again): ws's own connection is found.
    const wsSends = vi.spyOn(pair.server, 'send');
    lengths.forEach((length, index) => {
      const framed = payloadOf(length, index);
      const byWs = payloadOf(length + 3, index + 100);
      writeFrame(pair.server, binaryFrame(framed));
      pair.server.send(byWs);
      expected.push(Buffer.from(framed), Buffer.from(byWs));
    });
    expect(wsSends).toHaveBeenCalledTimes(lengths.length);
    await all;
    expect(received.map((b) => b.byteLength)).toEqual(expected.map((b) => b.byteLength));
    expect(received.every((b, i) => b.equals(expected[i]!))).toBe(true);
  });

  it('leave a connection that closes cleanly afterwards', async () => {
    const pair = await connectedPair();
    close = pair.close;
    writeFrame(pair.server, binaryFrame(payloadOf(10, 1)));
    const closed = once(pair.client, 'close') as Promise<[number, Buffer]>;
    pair.server.close(4000, 'done');
    const [code, reason] = await closed;
    expect([code, reason.toString()]).toEqual([4000, 'done']);
  });
});
