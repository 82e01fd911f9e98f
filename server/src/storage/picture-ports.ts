// The storage port for pictures uploaded to a workspace: checked and cleaned bytes (see
// pictures/clean-picture.ts), kept for as long as the workspace, and read only within it.

export interface PictureRecord {
  id: string;
  workspaceId: string;
  /** image/png, image/jpeg or image/webp: the type read from the bytes. */
  mediaType: string;
  width: number;
  height: number;
  byteSize: number;
  /** The file's name as it was chosen, for people to recognise it; never a path. */
  name: string;
  uploadedBy: string | null;
  uploadedAt: string;
}

export interface PictureStore {
  putPicture(record: Omit<PictureRecord, 'byteSize'>, bytes: Uint8Array): Promise<PictureRecord>;
  /** The picture with this id in this workspace; undefined for another workspace's id. */
  getPicture(
    workspaceId: string,
    id: string,
  ): Promise<{ record: PictureRecord; bytes: Uint8Array } | undefined>;
  /** The workspace's pictures, newest first, without their bytes. */
  listPictures(workspaceId: string): Promise<PictureRecord[]>;
}
