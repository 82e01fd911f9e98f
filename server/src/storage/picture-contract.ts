// The pictures contract: an uploaded picture is kept byte for byte, and read only within its
// own workspace; another workspace's id reads as no picture at all.
import { expect, it } from 'vitest';
import { storeFixtures } from './contract-fixtures.ts';
import type { Store } from './ports.ts';

let counter = 0;
const uniqueId = (prefix: string): string => `${prefix}-p-${Date.now().toString(36)}-${counter++}`;
const at = (minute: number): string => new Date(Date.UTC(2026, 10, 2, 9, minute)).toISOString();

export function pictureContract(current: () => Store): void {
  const { newPerson } = storeFixtures(current);
  async function newWorkspace(): Promise<string> {
    const id = uniqueId('ws');
    await current().workspaces.createWorkspace({ id, name: 'Board', createdAt: at(0) });
    return id;
  }

  const picture = (workspaceId: string, minute: number, uploadedBy: string | null = null) => ({
    id: uniqueId('pic'),
    workspaceId,
    mediaType: 'image/png',
    width: 16,
    height: 12,
    name: 'council logo.png',
    uploadedBy,
    uploadedAt: at(minute),
  });

  it('keeps a picture byte for byte, with its size and who uploaded it', async () => {
    const store = current();
    const workspaceId = await newWorkspace();
    const bytes = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]);
    const sam = await newPerson('Sam');
    const record = await store.pictures.putPicture(picture(workspaceId, 1, sam), bytes);
    expect(record).toMatchObject({ byteSize: 8, uploadedBy: sam });
    const read = await store.pictures.getPicture(workspaceId, record.id);
    expect(read?.record).toEqual(record);
    expect(Buffer.from(read!.bytes)).toEqual(Buffer.from(bytes));
  });

  it("reads a picture only in its own workspace: another workspace's id is no picture", async () => {
    const store = current();
    const mine = await newWorkspace();
    const theirs = await newWorkspace();
    const record = await store.pictures.putPicture(picture(theirs, 1), Uint8Array.of(1));
    expect(await store.pictures.getPicture(mine, record.id)).toBeUndefined();
    expect(await store.pictures.getPicture(theirs, 'no-such-picture')).toBeUndefined();
    expect(await store.pictures.listPictures(mine)).toEqual([]);
  });

  it("lists a workspace's pictures newest first, without the bytes", async () => {
    const store = current();
    const workspaceId = await newWorkspace();
    const older = await store.pictures.putPicture(picture(workspaceId, 1), Uint8Array.of(1));
    const newer = await store.pictures.putPicture(picture(workspaceId, 2), Uint8Array.of(2, 3));
    expect(await store.pictures.listPictures(workspaceId)).toEqual([newer, older]);
  });

  it('forgets who uploaded a picture when their account is erased, and keeps the picture', async () => {
    const store = current();
    const workspaceId = await newWorkspace();
    const sam = await newPerson('Sam');
    const record = await store.pictures.putPicture(picture(workspaceId, 1, sam), Uint8Array.of(7));
    await store.identity.eraseUser(sam);
    expect((await store.pictures.getPicture(workspaceId, record.id))?.record).toEqual({
      ...record,
      uploadedBy: null,
    });
  });
}
