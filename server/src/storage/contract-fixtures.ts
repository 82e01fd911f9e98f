// Shared helpers for the store contract cases: unique ids, times, a document to write to, a
// person to record as an author, and the text a list of Yjs updates adds up to.
import * as Y from 'yjs';
import { initialDocumentState } from '../documents/snapshot.ts';
import type { Store } from './ports.ts';

let counter = 0;
export const uniqueId = (prefix: string): string =>
  `${prefix}-${Date.now().toString(36)}-${counter++}`;
export const at = (minute: number): string =>
  new Date(Date.UTC(2026, 10, 1, 9, minute)).toISOString();

export function textOf(updates: Uint8Array[]): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.mergeUpdates(updates));
  const text = doc.getText('t').toString();
  doc.destroy();
  return text;
}

export function storeFixtures(getStore: () => Store) {
  async function newDocument(): Promise<string> {
    const store = getStore();
    const workspaceId = uniqueId('ws');
    await store.workspaces.createWorkspace({
      id: workspaceId,
      name: 'Board',
      createdAt: at(0),
    });
    const id = uniqueId('doc');
    await store.documents.createDocument({
      record: { id, workspaceId, title: 'Strategy', createdAt: at(1), updatedAt: at(1) },
      initialState: initialDocumentState(),
    });
    return id;
  }

  async function newPerson(name: string): Promise<string> {
    const id = uniqueId('user');
    await getStore().identity.createUser({
      id,
      name,
      email: null,
      colour: '#1a6b3c',
      pronouns: null,
      takePart: null,
      showTakePart: false,
      nameInRecord: false,
      information: {
        largerText: false,
        easyRead: false,
        readAloud: false,
        supporter: false,
        notes: '',
      },
      isAdmin: false,
      passwordHash: null,
      createdAt: at(0),
    });
    return id;
  }

  return { newDocument, newPerson };
}
