// Who wrote what: the server records the person behind each Yjs client id as it stores their
// updates, so the Authors view and the co-production record name the writers, through a
// restart (and its compaction).
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openSqliteStore } from '../storage/sqlite/sqlite-store.ts';
import type { TakePart } from '@roundtable/shared/protocol/people';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  appendParagraph,
  connectClient,
  eventually,
  startTestServer,
  whenSynced,
  type TestServer,
} from '../testing/harness.ts';

describe('who wrote what', () => {
  let server: TestServer | undefined;
  const leftovers: string[] = [];
  afterEach(async () => {
    await server?.close();
    server = undefined;
    for (const dir of leftovers.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  async function person(
    running: TestServer,
    workspaceId: string,
    name: string,
    takePart: TakePart,
  ): Promise<{ id: string; token: string }> {
    const created = await running.app.signIn.createPerson({ name, email: null, isAdmin: false });
    await running.store.identity.updateUser(created.id, { takePart });
    await running.store.identity.putMembership({
      workspaceId,
      userId: created.id,
      role: 'member',
      joinedAt: new Date().toISOString(),
      inviteId: null,
    });
    return {
      id: created.id,
      token: (await running.app.tokens.create(created.id, 'writing')).token,
    };
  }

  it('names each writer by client id, counts their text by way of taking part, and keeps it through a restart', async () => {
    const running = await startTestServer();
    server = running;
    const { id, workspaceId } = await running.api.createDocument();
    const lucy = await person(running, workspaceId, 'Lucy', 'lived_experience');
    const mark = await person(running, workspaceId, 'Mark', 'staff');

    const lucyClient = connectClient(running.wsOrigin, id, { token: lucy.token });
    const markClient = connectClient(running.wsOrigin, id, { token: mark.token });
    await Promise.all([whenSynced(lucyClient), whenSynced(markClient)]);
    appendParagraph(lucyClient.doc, 'We want homes near our friends.'); // 31 characters
    await eventually(() => expect(markClient.text()).toContain('near our friends'));
    appendParagraph(markClient.doc, 'Staff agree.'); // 12 characters
    await eventually(() => expect(lucyClient.text()).toContain('Staff agree.'));

    const authors = async (token: string) =>
      (
        await fetch(`${running.origin}/api/documents/${id}/authors`, {
          headers: { authorization: `Bearer ${token}` },
        })
      ).json() as Promise<{ authors: Array<{ name: string; clientIds: number[] }> }>;
    await eventually(async () =>
      expect((await authors(lucy.token)).authors).toEqual([
        expect.objectContaining({ name: 'Lucy', clientIds: [lucyClient.doc.clientID] }),
        expect.objectContaining({ name: 'Mark', clientIds: [markClient.doc.clientID] }),
      ]),
    );
    lucyClient.destroy();
    markClient.destroy();

    // A restart compacts the log into a snapshot; the record of who wrote what stays.
    const { dataDir } = running;
    await running.app.close();
    await running.store.close();
    const again = await startTestServer({}, () =>
      Promise.resolve(openSqliteStore({ filename: join(dataDir, 'roundtable.sqlite') })),
    );
    server = again;
    leftovers.push(dataDir);
    expect((await again.store.updates.loadDocument(id))?.updates).toHaveLength(1);
    const markdown = await (
      await fetch(`${again.origin}/api/documents/${id}/export?format=md&record=1`, {
        headers: { authorization: `Bearer ${lucy.token}` },
      })
    ).text();
    expect(markdown).toContain('Lived experience: 72% of the text');
    expect(markdown).toContain('Staff: 28% of the text');
  });

  it('does not credit a person with text the server already had', async () => {
    const running = await startTestServer();
    server = running;
    const { id, workspaceId } = await running.api.createDocument();
    const mark = await person(running, workspaceId, 'Mark', 'staff');
    // Text stored with no writer recorded (as from a restore), before anyone opens the draft.
    const earlier = new Y.Doc();
    appendParagraph(earlier, 'Short breaks matter.');
    await running.store.updates.appendUpdates([
      { documentId: id, update: Y.encodeStateAsUpdate(earlier) },
    ]);
    // Mark's client sends that text again along with his own change.
    const markDoc = new Y.Doc();
    Y.applyUpdate(markDoc, Y.encodeStateAsUpdate(earlier));
    appendParagraph(markDoc, 'Yes.');
    const markClient = connectClient(running.wsOrigin, id, { token: mark.token }, markDoc);
    await whenSynced(markClient);
    markClient.provider.ws?.send(
      new Uint8Array([0, 2, ...lengthPrefixed(Y.encodeStateAsUpdate(markDoc))]),
    );
    // A later change on the same connection is stored after the resend.
    appendParagraph(markDoc, 'Agreed.');
    await eventually(async () => {
      const stored = await running.store.updates.loadDocument(id);
      const doc = new Y.Doc();
      for (const update of stored?.updates ?? []) Y.applyUpdate(doc, update);
      expect(doc.getXmlFragment('default').toString()).toContain('Agreed.');
    });
    expect(await running.store.updates.listClientAuthors(id)).toEqual([
      { clientId: markDoc.clientID, userId: mark.id },
    ]);
    markClient.destroy();
  });
});

/** A varint length prefix, as lib0 writes it, then the bytes. */
function lengthPrefixed(bytes: Uint8Array): number[] {
  const prefix: number[] = [];
  let length = bytes.length;
  while (length > 0x7f) {
    prefix.push((length & 0x7f) | 0x80);
    length >>>= 7;
  }
  prefix.push(length);
  return [...prefix, ...bytes];
}
