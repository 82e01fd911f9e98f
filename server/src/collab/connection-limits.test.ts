// How many /collab connections a person may open: at once in one document, and how fast (attack
// findings: one member held 100 connections in a document, each sent everyone's presence; one
// token opened and dropped 925 connections a second, most of a core of sign-in work).
import { afterEach, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { CloseCode } from '@roundtable/shared/protocol/collab';
import { closeOf, rawSocket, startTestServer, type TestServer } from '../testing/harness.ts';

describe('/collab connection limits', () => {
  let server: TestServer | undefined;
  const sockets: WebSocket[] = [];
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.close();
    await server?.close();
    server = undefined;
  });

  /** Opens a connection and says whether it was refused within a moment, and how. */
  const open = async (path: string) => {
    if (!server) throw new Error('no server');
    // The server sends its sync step 1 once the connection is in its document's room.
    let joinedNow: (value: 'joined') => void = () => undefined;
    const joined = new Promise<'joined'>((resolve) => (joinedNow = resolve));
    const socket = await rawSocket(server.wsOrigin, path, () => joinedNow('joined'));
    sockets.push(socket);
    const closed = closeOf(socket);
    const outcome = await Promise.race([closed, joined]);
    return { socket, outcome };
  };

  it('lets a person have a few connections open in one document, and says so to one more', async () => {
    server = await startTestServer({ COLLAB_CONNECTIONS_PER_PERSON: '2' });
    const { id } = await server.api.createDocument();
    const other = await server.api.createDocument();
    const path = `/collab/${id}?token=${server.adminToken}`;
    const first = await open(path);
    expect(first.outcome).toBe('joined');
    expect((await open(path)).outcome).toBe('joined');
    expect((await open(path)).outcome).toEqual({
      code: CloseCode.tryAgainLater,
      reason: 'This document is open in too many of your tabs or devices: trying again',
    });
    // Another document is another count; and once one closes, one more may open.
    expect((await open(`/collab/${other.id}?token=${server.adminToken}`)).outcome).toBe('joined');
    const gone = closeOf(first.socket);
    first.socket.close();
    await gone;
    let again = await open(path);
    // The server may not have counted the close out yet when the client saw it.
    for (let i = 0; i < 20 && again.outcome !== 'joined'; i++) again = await open(path);
    expect(again.outcome).toBe('joined');
  });

  it('refuses a token that opens connections too fast, before the handshake', async () => {
    server = await startTestServer({ COLLAB_CONNECTS_PER_SECOND: '1' });
    const { id } = await server.api.createDocument();
    const path = `/collab/${id}?token=${server.adminToken}`;
    // Ten seconds' worth at once, each dropped again.
    for (let i = 0; i < 10; i++) {
      const { socket, outcome } = await open(path);
      expect(outcome).toBe('joined');
      socket.close();
    }
    // Refused before the WebSocket handshake, with 429, so a loop of openings costs little.
    await expect(rawSocket(server.wsOrigin, path)).rejects.toThrow(/429/);
    // Someone else is not held up by it.
    const { token } = await server.app.tokens.create(server.adminId, 'another device');
    expect((await open(`/collab/${id}?token=${token}`)).outcome).toBe('joined');
  });
});
