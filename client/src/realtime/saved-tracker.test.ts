import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SavedTracker } from './saved-tracker.ts';

const server = { name: 'provider' };

function stateVector(doc: Y.Doc): Map<number, number> {
  return Y.decodeStateVector(Y.encodeStateVector(doc));
}

function typeInto(doc: Y.Doc, text: string): void {
  doc.getText('t').insert(doc.getText('t').length, text);
}

describe('SavedTracker', () => {
  it('is saved for an empty document', () => {
    const tracker = new SavedTracker({ doc: new Y.Doc(), serverOrigin: server });
    expect(tracker.isSaved()).toBe(true);
  });

  it('is unsaved after a local edit until the server acknowledges its clock', () => {
    const doc = new Y.Doc();
    const tracker = new SavedTracker({ doc, serverOrigin: server });
    const changes: boolean[] = [];
    tracker.subscribe((saved) => changes.push(saved));
    typeInto(doc, 'hello');
    expect(tracker.isSaved()).toBe(false);
    tracker.noteAcknowledged(new Map([[doc.clientID, 3]]));
    expect(tracker.isSaved()).toBe(false);
    tracker.noteAcknowledged(new Map([[doc.clientID, 5]]));
    expect(tracker.isSaved()).toBe(true);
    expect(changes).toEqual([false, true]);
  });

  it('counts updates from the server as stored', () => {
    const remote = new Y.Doc();
    typeInto(remote, 'from someone else');
    const doc = new Y.Doc();
    const tracker = new SavedTracker({ doc, serverOrigin: server });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote), server);
    expect(tracker.isSaved()).toBe(true);
  });

  it('treats edits restored from this device under an older client id as unsaved until the server has them', () => {
    const earlier = new Y.Doc();
    typeInto(earlier, 'typed offline yesterday');
    const doc = new Y.Doc();
    const tracker = new SavedTracker({ doc, serverOrigin: server });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(earlier), 'indexeddb');
    expect(tracker.isSaved()).toBe(false);
    // The server's state vector on connect does not have them yet.
    tracker.noteServerStateVector(new Map());
    expect(tracker.isSaved()).toBe(false);
    tracker.noteAcknowledged(stateVector(earlier));
    expect(tracker.isSaved()).toBe(true);
  });

  it('is saved on reconnect when the server state vector already covers the local copy', () => {
    const earlier = new Y.Doc();
    typeInto(earlier, 'already on the server');
    const doc = new Y.Doc();
    const tracker = new SavedTracker({ doc, serverOrigin: server });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(earlier), 'indexeddb');
    tracker.noteServerStateVector(stateVector(earlier));
    // The restored copy carried a delete set (empty here), so wait for nothing more.
    expect(tracker.isSaved()).toBe(true);
  });

  it('treats a deletion as unsaved until the next acknowledgement', () => {
    const doc = new Y.Doc();
    const tracker = new SavedTracker({ doc, serverOrigin: server });
    typeInto(doc, 'abc');
    tracker.noteAcknowledged(stateVector(doc));
    expect(tracker.isSaved()).toBe(true);
    doc.getText('t').delete(0, 1);
    expect(tracker.isSaved()).toBe(false);
    tracker.noteAcknowledged(new Map());
    expect(tracker.isSaved()).toBe(true);
  });

  it('stops listening when destroyed', () => {
    const doc = new Y.Doc();
    const tracker = new SavedTracker({ doc, serverOrigin: server });
    tracker.destroy();
    typeInto(doc, 'x');
    expect(tracker.isSaved()).toBe(true);
  });
});
