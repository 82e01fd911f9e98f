// A document's total size limit (MAX_DOCUMENT_BYTES): a change that would take it past the limit
// is refused, nothing of it is stored, and its sender is closed with 4413 and a reason.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '@roundtable/shared/protocol/collab';
import {
  closeOf,
  connectClient,
  eventually,
  rawSocket,
  startTestServer,
  whenSynced,
  type TestServer,
} from '../testing/harness.ts';
import { encodeSync, encodeUpdate } from './codec.ts';
import {
  DocumentFull,
  DocumentSize,
  MEASURE_BURST_BYTES,
  MEASURE_BYTES_PER_SECOND,
  measuringBudgets,
  SizeMeasuredRecently,
} from './document-size.ts';
import { docFromUpdates } from '../documents/snapshot.ts';

describe('/collab document size limit', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer({ MAX_DOCUMENT_BYTES: '8192', UNLOAD_AFTER_MS: '50' });
  });
  afterEach(async () => {
    await server.close();
  });

  const storedText = async (id: string): Promise<string> => {
    const stored = await server.store.updates.loadDocument(id);
    const doc = docFromUpdates(stored?.updates ?? []);
    const text = doc.getText('t').toString();
    doc.destroy();
    return text;
  };

  it('refuses a change that would pass the limit with 4413, storing none of it', async () => {
    const { id } = await server.api.createDocument();
    const path = `/collab/${id}?token=${server.adminToken}`;
    const writer = new Y.Doc();
    const text = writer.getText('t');
    const send = (socket: Awaited<ReturnType<typeof rawSocket>>, content: string): void => {
      const before = Y.encodeStateVector(writer);
      text.insert(text.length, content);
      socket.send(encodeUpdate(Y.encodeStateAsUpdate(writer, before)));
    };

    const first = await rawSocket(server.wsOrigin, path);
    send(first, 'a'.repeat(3000));
    await eventually(async () => expect(await storedText(id)).toHaveLength(3000));
    first.close();
    // Unloaded and loaded again: the size counted at load includes what is stored.
    await eventually(() => expect(server.app.rooms.stats().documentsInMemory).toBe(0));

    const second = await rawSocket(server.wsOrigin, path);
    const closed = closeOf(second);
    send(second, 'b'.repeat(6000));
    const { code, reason } = await closed;
    expect(code).toBe(CloseCode.tooLarge);
    expect(reason).toMatch(/^This document has reached its size limit/);

    expect(await storedText(id)).toBe('a'.repeat(3000));
    const reader = connectClient(server.wsOrigin, id, { token: server.adminToken });
    await whenSynced(reader);
    expect(reader.doc.getText('t').toString()).toBe('a'.repeat(3000));
    reader.destroy();
    writer.destroy();
  });

  /** A writer's change to the text, as the update a client sends for it. */
  const change = (writer: Y.Doc, edit: (text: Y.Text) => void): Uint8Array => {
    const before = Y.encodeStateVector(writer);
    edit(writer.getText('t'));
    return Y.encodeStateAsUpdate(writer, before);
  };
  const isOpen = (socket: Awaited<ReturnType<typeof rawSocket>>): boolean =>
    socket.readyState === socket.OPEN;
  /** A new document, and a writer who has pasted `letters` into it over a socket left open. */
  const pasted = async (letters: string) => {
    const { id } = await server.api.createDocument();
    const path = `/collab/${id}?token=${server.adminToken}`;
    const writer = new Y.Doc();
    const socket = await rawSocket(server.wsOrigin, path);
    const paste = change(writer, (text) => text.insert(0, letters));
    socket.send(encodeUpdate(paste));
    await eventually(async () => expect(await storedText(id)).toHaveLength(letters.length));
    return { id, path, writer, socket, paste };
  };

  it('takes the keystrokes after a paste close to the limit, while the document has room', async () => {
    const { id, writer, socket } = await pasted('p'.repeat(7600));

    // Each keystroke is an update of about 20 bytes, yet it adds one to the stored document.
    for (let i = 1; i <= 40; i++) {
      socket.send(encodeUpdate(change(writer, (text) => text.insert(text.length, 'k'))));
      await eventually(async () => {
        expect(isOpen(socket)).toBe(true);
        expect(await storedText(id)).toHaveLength(7600 + i);
      }, 3000);
    }
    expect(isOpen(socket)).toBe(true);
    socket.close();
    writer.destroy();
  });

  it('takes a stored change sent again (as an editor that reconnects does), without 4413', async () => {
    const { id, writer, socket, paste } = await pasted('q'.repeat(6000));

    // The sync answer of a connection that opened while the paste was on its way holds it again.
    socket.send(encodeSync(1, paste));
    socket.send(encodeUpdate(change(writer, (text) => text.insert(text.length, '!'))));
    await eventually(async () => expect(await storedText(id)).toHaveLength(6001));
    expect(isOpen(socket)).toBe(true);
    socket.close();
    writer.destroy();
  });

  it('refuses a change that passes the limit by one byte, and takes one that reaches it', async () => {
    const { id, path, writer, socket } = await pasted('r'.repeat(6000));
    socket.close();

    // The document's size with `count` more letters, as the server would store it. Written by
    // another editor, under a client id of its own (Yjs gives a copy of the writer's id a new,
    // random one, which would change the size from one call to the next).
    const stored = (await server.store.updates.loadDocument(id))?.updates ?? [];
    const appending = (count: number): { update: Uint8Array; size: number } => {
      const trial = new Y.Doc();
      trial.clientID = 1234;
      Y.applyUpdate(trial, Y.encodeStateAsUpdate(writer));
      const update = change(trial, (text) => text.insert(text.length, 's'.repeat(count)));
      trial.destroy();
      const doc = docFromUpdates([...stored, update]);
      const size = Y.encodeStateAsUpdate(doc).byteLength;
      doc.destroy();
      return { update, size };
    };
    let count = 8192 - appending(0).size;
    while (appending(count).size > 8192) count--;
    expect(appending(count).size).toBe(8192);
    expect(appending(count + 1).size).toBe(8193);

    const over = await rawSocket(server.wsOrigin, path);
    const closed = closeOf(over);
    over.send(encodeUpdate(appending(count + 1).update));
    expect(await closed).toMatchObject({ code: CloseCode.tooLarge });
    expect(await storedText(id)).toHaveLength(6000);

    const exactly = await rawSocket(server.wsOrigin, path);
    exactly.send(encodeUpdate(appending(count).update));
    await eventually(async () => expect(await storedText(id)).toHaveLength(6000 + count));
    expect(isOpen(exactly)).toBe(true);
    exactly.close();
    writer.destroy();
  });

  it('takes new words again once deletions have made room, while the document stays open', async () => {
    const { id, path, writer, socket: filler } = await pasted('f'.repeat(7000));
    filler.send(encodeUpdate(change(writer, (text) => text.insert(7000, 'g'.repeat(1000)))));
    await eventually(async () => expect(await storedText(id)).toHaveLength(8000));
    // Full: 500 more letters would pass the limit.
    const refused = closeOf(filler);
    filler.send(encodeUpdate(change(new Y.Doc(), (text) => text.insert(0, 'h'.repeat(500)))));
    expect(await refused).toMatchObject({ code: CloseCode.tooLarge });

    // The room stays open: someone else is in it, and deletes most of the text.
    const editor = await rawSocket(server.wsOrigin, path);
    editor.send(encodeUpdate(change(writer, (text) => text.delete(0, 6000))));
    await eventually(async () => expect(await storedText(id)).toHaveLength(2000));
    editor.send(encodeUpdate(change(writer, (text) => text.insert(0, 'i'.repeat(1000)))));
    await eventually(async () => expect(await storedText(id)).toHaveLength(3000));
    expect(isOpen(editor)).toBe(true);
    editor.close();
    writer.destroy();
  });

  it('accepts changes up to the limit', async () => {
    const { id } = await server.api.createDocument();
    const client = connectClient(server.wsOrigin, id, { token: server.adminToken });
    await whenSynced(client);
    const text = client.doc.getText('t');
    for (let i = 0; i < 10; i++) text.insert(text.length, 'c'.repeat(500));
    await eventually(async () => expect(await storedText(id)).toHaveLength(5000));
    expect(client.provider.wsconnected).toBe(true);
    client.destroy();
  });

  it('still takes deletions once the document is full, so it can be made smaller', async () => {
    const { id } = await server.api.createDocument();
    const client = connectClient(server.wsOrigin, id, { token: server.adminToken });
    await whenSynced(client);
    const text = client.doc.getText('t');
    // Fill it in pieces until the server refuses one: the document is then full.
    for (let i = 0; i < 40 && client.provider.wsconnected; i++) {
      text.insert(text.length, 'd'.repeat(400));
      await eventually(async () =>
        expect((await storedText(id)).length === text.length || !client.provider.wsconnected).toBe(
          true,
        ),
      );
    }
    client.destroy();
    const full = (await storedText(id)).length;
    expect(full).toBeGreaterThan(4000);

    const remover = connectClient(server.wsOrigin, id, { token: server.adminToken });
    await whenSynced(remover);
    // Every other letter of the first 2,000: a thousand separate deletions, a change of a few
    // kilobytes, more than the room left in the document.
    const shared = remover.doc.getText('t');
    remover.doc.transact(() => {
      for (let i = 0; i < 1000; i++) shared.delete(i, 1);
    });
    await eventually(async () => expect(await storedText(id)).toHaveLength(full - 1000));
    expect(remover.provider.wsconnected).toBe(true);
    remover.destroy();
  });
});

describe('DocumentSize', () => {
  let clock = 0;
  /** A measurement that finds `bytes`. */
  const measuring =
    (bytes: number, counted: { times: number } = { times: 0 }) =>
    () => {
      counted.times++;
      return bytes;
    };
  beforeEach(() => {
    clock = 0;
  });

  it('measures the document only when the running total would pass the limit', () => {
    const size = new DocumentSize(100, 1000);
    const budget = measuringBudgets(() => clock).of('sam');
    const counted = { times: 0 };
    size.reserve(900, measuring(0, counted), budget);
    expect(counted.times).toBe(0);
    size.reserve(20, measuring(950, counted), budget);
    expect(counted.times).toBe(1);
    expect(size.bytes).toBe(950);
    expect(() => size.reserve(60, measuring(1001), budget)).toThrow(DocumentFull);
  });

  it('measures 64 MiB of document at once, then 1 MiB a second, asking for a resend meanwhile', () => {
    const max = MEASURE_BURST_BYTES / 4;
    const size = new DocumentSize(max, max);
    const sam = measuringBudgets(() => clock).of('sam');
    for (let i = 0; i < 4; i++) size.reserve(1, measuring(max), sam);
    expect(() => size.reserve(1, measuring(max), sam)).toThrow(SizeMeasuredRecently);
    clock += 1;
    size.reserve(1, measuring(max), sam);
    // The budget is a whole document short: it takes 16 s to refill.
    clock += (max / MEASURE_BYTES_PER_SECOND) * 1000 - 1;
    expect(() => size.reserve(1, measuring(max), sam)).toThrow(SizeMeasuredRecently);
    clock += 2;
    size.reserve(1, measuring(max), sam);
    expect(size.bytes).toBe(max);
  });

  it("pays for measurements from the sender's budget, over all documents, not anyone else's", () => {
    const max = MEASURE_BURST_BYTES / 4;
    const budgets = measuringBudgets(() => clock);
    // Sam spends his budget on four documents; the fifth document is refused him too.
    const documents = Array.from({ length: 5 }, () => new DocumentSize(max, max));
    for (const size of documents.slice(0, 4)) size.reserve(1, measuring(max), budgets.of('sam'));
    const fifth = documents[4] as DocumentSize;
    expect(() => fifth.reserve(1, measuring(max), budgets.of('sam'))).toThrow(SizeMeasuredRecently);
    // Kim's change in one of those documents is still measured and taken.
    (documents[0] as DocumentSize).reserve(1, measuring(max), budgets.of('kim'));
  });
});
