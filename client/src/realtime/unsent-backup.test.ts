import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  applyUnsentBackup,
  clearAllUnsentBackups,
  clearUnsentBackup,
  unsentBackupOrigin,
  writeUnsentBackup,
} from './unsent-backup.ts';

class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  quota = Infinity;
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    if (value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

function textOf(doc: Y.Doc): string {
  return doc.getText('t').toString();
}

describe('unsent changes backup', () => {
  it('carries only what the server lacks into the next session', () => {
    const storage = new MemoryStorage();
    const server = new Y.Doc();
    server.getText('t').insert(0, 'Ada was here. ');
    const device = new Y.Doc();
    Y.applyUpdate(device, Y.encodeStateAsUpdate(server));
    const serverVector = Y.encodeStateVector(device);
    device.getText('t').insert(14, 'Kept on my phone.');

    writeUnsentBackup(storage, 'doc-1', device, serverVector);

    const nextSession = new Y.Doc();
    Y.applyUpdate(nextSession, Y.encodeStateAsUpdate(server));
    const origins: unknown[] = [];
    nextSession.on('update', (_update: Uint8Array, origin: unknown) => origins.push(origin));
    expect(applyUnsentBackup(storage, 'doc-1', nextSession)).toBe(true);
    expect(textOf(nextSession)).toBe('Ada was here. Kept on my phone.');
    expect(origins).toEqual([unsentBackupOrigin]);
    // Only the unsent part travelled.
    expect(Y.decodeUpdate(Y.encodeStateAsUpdate(device, serverVector)).structs).toHaveLength(1);
  });

  it('keeps deletions made offline', () => {
    const storage = new MemoryStorage();
    const device = new Y.Doc();
    device.getText('t').insert(0, 'Remove me please');
    const serverVector = Y.encodeStateVector(device);
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(device));
    device.getText('t').delete(0, 10);

    writeUnsentBackup(storage, 'doc-1', device, serverVector);
    applyUnsentBackup(storage, 'doc-1', server);
    expect(textOf(server)).toBe('please');
  });

  it('is per document, cleared one by one or all at once', () => {
    const storage = new MemoryStorage();
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'x');
    writeUnsentBackup(storage, 'doc-1', doc, new Uint8Array([0]));
    writeUnsentBackup(storage, 'doc-2', doc, new Uint8Array([0]));
    storage.setItem('unrelated', 'kept');

    clearUnsentBackup(storage, 'doc-1');
    expect(applyUnsentBackup(storage, 'doc-1', new Y.Doc())).toBe(false);
    clearAllUnsentBackups(storage);
    expect(applyUnsentBackup(storage, 'doc-2', new Y.Doc())).toBe(false);
    expect(storage.getItem('unrelated')).toBe('kept');
  });

  it('never stops a document opening: full storage and damaged backups are ignored', () => {
    const storage = new MemoryStorage();
    storage.quota = 1;
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'A long sentence');
    expect(() => writeUnsentBackup(storage, 'doc-1', doc, new Uint8Array([0]))).not.toThrow();

    storage.quota = Infinity;
    storage.setItem('roundtable-unsent-doc-1', 'not base64 of an update!');
    const next = new Y.Doc();
    expect(applyUnsentBackup(storage, 'doc-1', next)).toBe(false);
    expect(storage.getItem('roundtable-unsent-doc-1')).toBeNull();
  });
});
