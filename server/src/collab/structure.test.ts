// Nobody can break a document's structure, or make a suggestion in someone else's name, through
// /collab: over a real server with stock y-websocket clients, each kind of structure-breaking
// update closes its sender with 4400 (a forged suggestion author with 4403), none of it is
// stored, the others in the document go on writing, and after a restart the document is as
// they left it, and deciding a suggestion and restoring a version still work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '@roundtable/shared/protocol/collab';
import { BROKEN_UPDATES, baseDocument } from '../testing/broken-content.ts';
import {
  appendParagraph,
  closeOf,
  connectClient,
  eventually,
  rawSocket,
  whenSynced,
  type TestClient,
} from '../testing/harness.ts';
import { RestartableServer, type RunningServer } from '../testing/restartable.ts';
import { suggestParagraph } from '../testing/suggestion-paragraph.ts';

interface Person {
  id: string;
  token: string;
}

describe('the structure of a document over /collab', () => {
  const server = new RestartableServer();
  let running: RunningServer;
  let documentId: string;
  let versionId: string;
  let sam: Person;
  let mallory: Person;
  const clients: TestClient[] = [];
  let writer: TestClient;
  let reader: TestClient;

  async function member(workspaceId: string, name: string): Promise<Person> {
    const person = await running.app.signIn.createPerson({ name, email: null, isAdmin: false });
    await running.store.identity.putMembership({
      workspaceId,
      userId: person.id,
      role: 'member',
      joinedAt: new Date().toISOString(),
      inviteId: null,
    });
    return { id: person.id, token: (await running.app.tokens.create(person.id, 'test')).token };
  }

  const connect = (person: Person): TestClient => {
    const client = connectClient(running.wsOrigin, documentId, { token: person.token });
    clients.push(client);
    return client;
  };

  /** The content as storage holds it, and whether any of `update` is in it. */
  async function stored(update?: Uint8Array): Promise<{ content: string; holds: boolean }> {
    const rows = await running.store.updates.loadDocument(documentId);
    const doc = new Y.Doc();
    for (const row of rows?.updates ?? []) Y.applyUpdate(doc, row);
    const state = Y.encodeStateVector(doc);
    const content = doc.getXmlFragment('default').toString();
    doc.destroy();
    if (!update) return { content, holds: false };
    const have = Y.decodeStateVector(state);
    const holds = [...Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update))].some(
      ([client, clock]) => clock > 0 && (have.get(client) ?? 0) > 0,
    );
    return { content, holds };
  }

  /** Sends `update` from a stock client of `person`; resolves with how the server closed it. */
  async function send(person: Person, make: (state: Uint8Array) => Uint8Array) {
    const attacker = connect(person);
    await whenSynced(attacker);
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      attacker.provider.on('closed', (event) => resolve(event)),
    );
    const update = make(Y.encodeStateAsUpdate(attacker.doc));
    Y.applyUpdate(attacker.doc, update);
    return { ...(await closed), update };
  }

  beforeAll(async () => {
    running = await server.start();
    const { id, workspaceId } = await running.api.createDocument();
    documentId = id;
    sam = await member(workspaceId, 'Sam');
    mallory = await member(workspaceId, 'Mallory');
    writer = connect(sam);
    reader = connect(await member(workspaceId, 'Ali'));
    await Promise.all([whenSynced(writer), whenSynced(reader)]);
    writer.doc.getXmlFragment('default').delete(0, 1);
    baseDocument(writer.doc);
    suggestParagraph(writer.doc, 'We want ', 'more support at home', 'ssam1', sam.id);
    await eventually(() => expect(reader.text()).toBe(writer.text()));
    const version = await running.api.request('POST', `/api/documents/${id}/versions`, {
      name: 'Before the attacks',
    });
    versionId = version.body.id as string;
    appendParagraph(writer.doc, 'Written after the version');
    await eventually(async () => expect((await stored()).content).toBe(writer.text()));
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.dispose();
  });

  it.each(BROKEN_UPDATES.map((broken) => [broken.name, broken] as const))(
    'refuses %s with 4400, stores none of it, and disturbs nobody else',
    async (name, broken) => {
      const before = writer.text();
      const { code, reason, update } = await send(mallory, broken.make);
      expect(code).toBe(CloseCode.malformed);
      expect(reason).toContain('structure');
      expect(await stored(update)).toEqual({ content: before, holds: false });
      appendParagraph(writer.doc, `Still writing after ${name}`);
      await eventually(() => expect(reader.text()).toContain(`Still writing after ${name}`));
      expect(writer.provider.wsconnected && reader.provider.wsconnected).toBe(true);
    },
  );

  it('refuses the frame the attack run sent (a string straight in the document)', async () => {
    const before = writer.text();
    const socket = await rawSocket(
      running.wsOrigin,
      `/collab/${documentId}?token=${mallory.token}`,
    );
    const closed = closeOf(socket);
    socket.send(Buffer.from('0002150101010004010764656661756c7405425249434b00', 'hex'));
    expect((await closed).code).toBe(CloseCode.malformed);
    expect((await stored()).content).toBe(before);
  });

  it('refuses a suggestion in another person’s name with 4403, and stores none of it', async () => {
    const before = writer.text();
    const { code, reason, update } = await send(mallory, (state) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, state);
      const vector = Y.encodeStateVector(doc);
      suggestParagraph(doc, 'Sam wants ', 'fewer buses', 'sforged', sam.id);
      return Y.encodeStateAsUpdate(doc, vector);
    });
    expect(code).toBe(CloseCode.forbidden);
    expect(reason).toContain('another person as the author of a suggestion');
    expect(await stored(update)).toEqual({ content: before, holds: false });
    // In her own name, it goes in.
    const own = connect(mallory);
    await whenSynced(own);
    suggestParagraph(own.doc, 'Mallory wants ', 'more buses', 'smallory1', mallory.id);
    await eventually(() => expect(reader.text()).toContain('smallory1'));
  });

  // Found by the fuzzer: the guard once looked only at clients whose changes start at clock 0,
  // which is a person's first change and never their second.
  it.each([
    ['a block of no known kind', CloseCode.malformed, 'structure'],
    ['a suggestion in another person’s name', CloseCode.forbidden, 'another person'],
  ] as const)(
    'refuses %s sent after the sender’s own good change',
    async (what, expectedCode, expectedReason) => {
      const attacker = connect(mallory);
      await whenSynced(attacker);
      const closed = new Promise<{ code: number; reason: string }>((resolve) =>
        attacker.provider.on('closed', (event) => resolve(event)),
      );
      appendParagraph(attacker.doc, `Mallory’s own words before ${what}`);
      await eventually(() => expect(reader.text()).toContain(`Mallory’s own words before ${what}`));
      const before = writer.text();
      const fragment = attacker.doc.getXmlFragment('default');
      if (expectedCode === CloseCode.malformed) {
        fragment.insert(fragment.length, [new Y.XmlElement('oaragraph')]);
      } else {
        suggestParagraph(
          attacker.doc,
          'Sam wants ',
          'no buses',
          `sforged${fragment.length}`,
          sam.id,
        );
      }
      const { code, reason } = await closed;
      expect(code).toBe(expectedCode);
      expect(reason).toContain(expectedReason);
      expect((await stored()).content).toBe(before);
    },
  );

  it('after a restart, holds what people wrote; a decision and a restore still work', async () => {
    const expected = writer.text();
    await eventually(async () => expect((await stored()).content).toBe(expected));
    for (const client of clients.splice(0)) client.destroy();
    running = await server.restart();
    const fresh = connectClient(running.wsOrigin, documentId, { token: sam.token });
    clients.push(fresh);
    await whenSynced(fresh);
    expect(fresh.text()).toBe(expected);

    const decided = await running.api.request(
      'POST',
      `/api/documents/${documentId}/suggestions/ssam1/decision`,
      { outcome: 'accepted' },
    );
    expect(decided.status).toBe(201);
    await eventually(() => expect(fresh.text()).toContain('We want more support at home'));
    const restored = await running.api.request('POST', `/api/versions/${versionId}/restore`);
    expect(restored.status).toBe(200);
    await eventually(() => expect(fresh.text()).not.toContain('Written after the version'));
    const exported = await fetch(`${running.origin}/api/documents/${documentId}/export?format=md`, {
      headers: { authorization: `Bearer ${running.adminToken}` },
    });
    expect(exported.status).toBe(200);
    expect(await exported.text()).toContain('We want homes near our friends.');
  });
});
