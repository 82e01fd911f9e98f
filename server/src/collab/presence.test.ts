// "Who is here" on /collab: a connection may change only its own awareness client ids, and the
// name others see is the signed-in person's, whatever the client sent.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import type { WebSocket } from 'ws';
import { MessageType } from '@roundtable/shared/protocol/collab';
import { eventually, rawSocket, startTestServer, type TestServer } from '../testing/harness.ts';
import { decodeAwarenessEntries, encodeAwarenessEntries, type AwarenessEntry } from './codec.ts';

/** A raw client that keeps what the server tells it about awareness. */
interface Peer {
  socket: WebSocket;
  /** Client id → last state seen (null once removed). */
  seen: Map<number, unknown>;
  send(entries: AwarenessEntry[]): void;
}

function awarenessFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

describe('/collab presence', () => {
  let server: TestServer;
  let documentId: string;
  const peers: Peer[] = [];

  /** A workspace member with their own name and API token. */
  const member = async (name: string): Promise<string> => {
    const { app } = server;
    const person = await app.signIn.createPerson({
      name,
      email: `${name.toLowerCase()}@example.org`,
      isAdmin: false,
    });
    const document = await server.api.request('GET', `/api/documents/${documentId}`);
    await server.store.identity.putMembership({
      workspaceId: document.body.workspaceId as string,
      userId: person.id,
      role: 'member',
      joinedAt: new Date().toISOString(),
      inviteId: null,
    });
    return (await app.tokens.create(person.id, 'tests')).token;
  };

  const connect = async (token: string): Promise<Peer> => {
    const seen = new Map<number, unknown>();
    const socket = await rawSocket(
      server.wsOrigin,
      `/collab/${documentId}?token=${token}`,
      (frame) => {
        if (frame[0] !== MessageType.awareness) return;
        const decoder = decoding.createDecoder(new Uint8Array(frame));
        decoding.readVarUint(decoder);
        const update = decoding.readVarUint8Array(decoder);
        for (const entry of decodeAwarenessEntries(update)) seen.set(entry.clientId, entry.state);
      },
    );
    const peer: Peer = {
      socket,
      seen,
      send: (entries) => socket.send(awarenessFrame(encodeAwarenessEntries(entries))),
    };
    peers.push(peer);
    return peer;
  };

  beforeEach(async () => {
    server = await startTestServer();
    documentId = (await server.api.createDocument()).id;
  });
  afterEach(async () => {
    for (const peer of peers.splice(0)) peer.socket.close();
    await server.close();
  });

  it('shows the signed-in name, not the one a client sends', async () => {
    const sam = await connect(await member('Sam'));
    const rachel = await connect(await member('Rachel'));
    sam.send([
      { clientId: 101, clock: 1, state: { user: { name: 'The Facilitator', color: '#f00' } } },
    ]);
    await eventually(() =>
      expect(rachel.seen.get(101)).toMatchObject({ user: { name: 'Sam', color: '#f00' } }),
    );
  });

  it('shows a new name once the person changes it, without reconnecting', async () => {
    const samToken = await member('Sam');
    const sam = await connect(samToken);
    const kim = await connect(await member('Kim'));
    sam.send([{ clientId: 111, clock: 1, state: { user: { name: 'Sam' } } }]);
    await eventually(() => expect(kim.seen.get(111)).toMatchObject({ user: { name: 'Sam' } }));
    const renamed = await server.api.as(samToken).request('PATCH', '/api/me', { name: 'Samira' });
    expect(renamed.status).toBe(200);
    // The browser sends its awareness again when its name changes.
    sam.send([{ clientId: 111, clock: 2, state: { user: { name: 'Samira' } } }]);
    await eventually(() => expect(kim.seen.get(111)).toMatchObject({ user: { name: 'Samira' } }));
  });

  it('shows a stock client under its signed-in name', async () => {
    const sam = await connect(await member('Sam'));
    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalStateField('user', { name: 'Someone Else', personId: 'not-me' });
    const watcher = await connect(await member('Kim'));
    sam.socket.send(awarenessFrame(encodeAwarenessUpdate(awareness, [awareness.clientID])));
    await eventually(() =>
      expect(watcher.seen.get(awareness.clientID)).toMatchObject({ user: { name: 'Sam' } }),
    );
    expect(watcher.seen.get(awareness.clientID)).not.toMatchObject({
      user: { personId: 'not-me' },
    });
    awareness.destroy();
  });

  it("ignores a member's attempt to remove or overwrite someone else", async () => {
    const sam = await connect(await member('Sam'));
    const mallory = await connect(await member('Mallory'));
    const kim = await connect(await member('Kim'));
    sam.send([{ clientId: 201, clock: 1, state: { user: { name: 'Sam' } } }]);
    mallory.send([{ clientId: 301, clock: 1, state: { user: { name: 'Mallory' } } }]);
    await eventually(() => {
      expect(kim.seen.get(201)).toMatchObject({ user: { name: 'Sam' } });
      expect(kim.seen.get(301)).toMatchObject({ user: { name: 'Mallory' } });
    });
    // Mallory removes Sam (a null state with a newer clock), then tries to rename Sam, then
    // changes her own state: only the last reaches Kim.
    mallory.send([{ clientId: 201, clock: 5, state: null }]);
    mallory.send([{ clientId: 201, clock: 6, state: { user: { name: 'Sam is away' } } }]);
    mallory.send([{ clientId: 301, clock: 2, state: { user: { name: 'Mallory' }, typing: true } }]);
    await eventually(() => expect(kim.seen.get(301)).toMatchObject({ typing: true }));
    expect(kim.seen.get(201)).toMatchObject({ user: { name: 'Sam' } });
    // A newcomer is told Sam is here too.
    const late = await connect(await member('Lee'));
    late.socket.send(new Uint8Array([MessageType.queryAwareness]));
    await eventually(() => expect(late.seen.get(201)).toMatchObject({ user: { name: 'Sam' } }));
    // Sam himself may still leave.
    sam.send([{ clientId: 201, clock: 2, state: null }]);
    await eventually(() => expect(kim.seen.get(201)).toBeNull());
  });

  it("keeps a person's id for them after they leave, against echoes, until they come back", async () => {
    const samToken = await member('Sam');
    const sam = await connect(samToken);
    const kim = await connect(await member('Kim'));
    const lee = await connect(await member('Lee'));
    sam.send([{ clientId: 401, clock: 1, state: { user: { name: 'Sam' } } }]);
    await eventually(() => expect(lee.seen.get(401)).toMatchObject({ user: { name: 'Sam' } }));
    sam.socket.close();
    await eventually(() => expect(lee.seen.get(401)).toBeNull());
    // Kim's client echoes Sam's last state after he left: it must not come back as Kim.
    kim.send([{ clientId: 401, clock: 2, state: { user: { name: 'Sam' } } }]);
    kim.send([{ clientId: 402, clock: 1, state: { user: { name: 'Kim' } } }]);
    await eventually(() => expect(lee.seen.get(402)).toMatchObject({ user: { name: 'Kim' } }));
    expect(lee.seen.get(401)).toBeNull();
    // Sam reconnects with the same client id and is shown again.
    const back = await connect(samToken);
    back.send([{ clientId: 401, clock: 3, state: { user: { name: 'Sam' } } }]);
    await eventually(() => expect(lee.seen.get(401)).toMatchObject({ user: { name: 'Sam' } }));
  });

  it('does not show or hand on a presence state over 8 KiB', async () => {
    const sam = await connect(await member('Sam'));
    const kim = await connect(await member('Kim'));
    const padding = 'x'.repeat(9 * 1024);
    // A state padded past the cap (attack: 6.7 MiB states grew the server by 600 MiB), beside a
    // usual one in the same message, and then the same id with a usual state.
    sam.send([
      { clientId: 501, clock: 1, state: { user: { name: 'Sam' }, padding } },
      { clientId: 502, clock: 1, state: { user: { name: 'Sam' }, cursor: null } },
    ]);
    await eventually(() => expect(kim.seen.get(502)).toMatchObject({ user: { name: 'Sam' } }));
    expect(kim.seen.has(501)).toBe(false);
    const late = await connect(await member('Lee'));
    late.socket.send(new Uint8Array([MessageType.queryAwareness]));
    await eventually(() => expect(late.seen.get(502)).toMatchObject({ user: { name: 'Sam' } }));
    expect(late.seen.has(501)).toBe(false);
    sam.send([{ clientId: 501, clock: 2, state: { user: { name: 'Sam' } } }]);
    await eventually(() => expect(kim.seen.get(501)).toMatchObject({ user: { name: 'Sam' } }));
  });
});
