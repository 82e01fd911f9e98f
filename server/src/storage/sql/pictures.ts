// Pictures uploaded to a workspace.
import type { Selectable } from 'kysely';
import type { PictureRecord, PictureStore } from '../picture-ports.ts';
import type { SqlStorage } from './connect.ts';
import type { WorkspacePicturesTable } from './database.ts';
import { tieBreak } from './rows.ts';

const columns = [
  'id',
  'workspace_id',
  'media_type',
  'width',
  'height',
  'byte_size',
  'name',
  'uploaded_by',
  'uploaded_at',
] as const;

type PictureRow = Pick<Selectable<WorkspacePicturesTable>, (typeof columns)[number]>;

const toPicture = (row: PictureRow): PictureRecord => ({
  id: row.id,
  workspaceId: row.workspace_id,
  mediaType: row.media_type,
  width: row.width,
  height: row.height,
  byteSize: row.byte_size,
  name: row.name,
  uploadedBy: row.uploaded_by,
  uploadedAt: row.uploaded_at,
});

export function sqlPictures({ db, dialect }: SqlStorage): PictureStore {
  return {
    async putPicture(picture, bytes) {
      const record = { ...picture, byteSize: bytes.byteLength };
      await db
        .insertInto('workspace_pictures')
        .values({
          id: record.id,
          workspace_id: record.workspaceId,
          media_type: record.mediaType,
          width: record.width,
          height: record.height,
          byte_size: record.byteSize,
          name: record.name,
          data: bytes,
          uploaded_by: record.uploadedBy,
          uploaded_at: record.uploadedAt,
        })
        .execute();
      return record;
    },
    async getPicture(workspaceId, id) {
      const row = await db
        .selectFrom('workspace_pictures')
        .select([...columns, 'data'])
        .where('id', '=', id)
        .where('workspace_id', '=', workspaceId)
        .executeTakeFirst();
      return row && { record: toPicture(row), bytes: new Uint8Array(row.data) };
    },
    async listPictures(workspaceId) {
      const rows = await db
        .selectFrom('workspace_pictures')
        .select(columns)
        .where('workspace_id', '=', workspaceId)
        .orderBy('uploaded_at', 'desc')
        .orderBy(tieBreak(dialect), 'desc')
        .execute();
      return rows.map(toPicture);
    },
  };
}
