// A room whose document fails on an update that reached it anyway (stored by another process,
// or by an older version) never throws into its caller: it reports itself broken, or leaves a
// remote update out, and the live document stays as it was.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { roomInMemory } from '../testing/room-in-memory.ts';
import type { DocumentRoom } from './room.ts';

const POISON = Buffer.from('0001ece0aaf10705878f88b6c30800030768646164696e6700', 'hex');

function roomWith(): { room: DocumentRoom; broken: unknown[]; refused: unknown[] } {
  const broken: unknown[] = [];
  const refused: unknown[] = [];
  const doc = new Y.Doc();
  doc.getXmlFragment('default').insert(0, [new Y.XmlElement('paragraph')]);
  const room = roomInMemory(doc, {
    onBroken: (_room, error) => broken.push(error),
    onRemoteRefused: (_room, error) => refused.push(error),
  });
  return { room, broken, refused };
}

describe('a room that meets an update its document rejects', () => {
  it('reports itself broken instead of throwing when a stored update fails to apply', () => {
    const { room, broken } = roomWith();
    expect(() => room.commit(POISON, null)).not.toThrow();
    expect(broken).toHaveLength(1);
    room.destroy();
  });

  it('leaves out a remote update that does not apply, and its document is unchanged', () => {
    const { room, broken, refused } = roomWith();
    const before = Buffer.from(Y.encodeStateAsUpdate(room.doc));
    expect(() => room.receiveRemote({ kind: 'update', update: POISON })).not.toThrow();
    expect(refused).toHaveLength(1);
    expect(broken).toHaveLength(0);
    expect(Buffer.from(Y.encodeStateAsUpdate(room.doc))).toEqual(before);
    room.destroy();
  });

  it('refuses a server-written update that does not apply, before anything is stored', () => {
    const { room } = roomWith();
    expect(() => room.prove(POISON)).toThrow(/does not apply/);
    room.destroy();
  });
});
