// Pictures uploaded to a workspace, for paragraphs to carry. Whoever may change a document may
// upload a picture to its workspace; whoever may read it sees the workspace's pictures. A
// picture is checked and cleaned before it is stored (pictures/clean-picture.ts): its type is
// read from its bytes, its size in pixels is bounded, and its metadata (EXIF with GPS and the
// like) is removed. Someone who is not a member is told there is no such picture, as they are
// for another workspace's picture ids.
import { sizeInWords } from '@roundtable/shared/protocol/pictures';
import { PICTURE_NAME_MAX_LENGTH } from '@roundtable/shared/protocol/pictures';
import { PictureProblem, checkPicture } from '../pictures/clean-picture.ts';
import { checkDecodes } from '../pictures/decode-check.ts';
import type { PictureRecord, PictureStore } from '../storage/picture-ports.ts';
import type { AuditLog } from './audit.ts';
import type { AuthContext } from './auth-context.ts';
import { ServiceError } from './errors.ts';
import { newId } from './ids.ts';
import type { WorkspaceScope } from './workspace-scope.ts';

export interface PictureServiceOptions {
  store: PictureStore;
  scope: WorkspaceScope;
  audit: AuditLog;
  now: () => Date;
  /** The largest upload taken (PICTURE_MAX_BYTES). */
  config: { pictureMaxBytes: number };
}

/** A picture's bytes and type, as exports need them. */
export interface PictureBytes {
  bytes: Uint8Array;
  mediaType: string;
}

export interface PictureUpload {
  /** The file's name on the person's device. */
  name: string | undefined;
  /** Reads the body, giving up (null) past `maxBytes`; called only once the person may upload. */
  read: (maxBytes: number) => Promise<Uint8Array | null>;
}

const noPicture = () => new ServiceError('not_found', 'There is no such picture');

/** Just the file's own name, without folders, control characters or extra spaces. */
export function cleanPictureName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .replace(/\p{Cc}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.slice(0, PICTURE_NAME_MAX_LENGTH) || 'picture';
}

export class PictureService {
  constructor(private readonly options: PictureServiceOptions) {}

  async upload(
    auth: AuthContext,
    documentId: string,
    upload: PictureUpload,
  ): Promise<PictureRecord> {
    const { scope } = this.options;
    const maxBytes = this.options.config.pictureMaxBytes;
    const document = await scope.documentFor(auth, documentId, 'document:edit');
    const bytes = await upload.read(maxBytes);
    if (bytes === null) {
      throw new ServiceError(
        'payload_too_large',
        `This picture is too big: the limit is ${sizeInWords(maxBytes)}. Please choose a smaller picture.`,
      );
    }
    if (bytes.byteLength === 0) {
      throw new ServiceError('bad_request', 'This file is empty. Please choose a picture.');
    }
    let checked;
    try {
      checked = checkPicture(bytes);
      await checkDecodes(checked.bytes);
    } catch (error) {
      if (error instanceof PictureProblem) throw new ServiceError('bad_request', error.message);
      throw error;
    }
    const record = await this.options.store.putPicture(
      {
        id: newId(),
        workspaceId: document.workspaceId,
        mediaType: checked.mediaType,
        width: checked.width,
        height: checked.height,
        name: cleanPictureName(upload.name),
        uploadedBy: auth.userId,
        uploadedAt: this.options.now().toISOString(),
      },
      checked.bytes,
    );
    await this.options.audit.record({
      actorId: auth.userId,
      workspaceId: document.workspaceId,
      action: 'picture.uploaded',
      subject: record.id,
      details: { documentId, byteSize: record.byteSize },
    });
    return record;
  }

  /** A picture of the document's workspace, for someone who may read the document. */
  async read(
    auth: AuthContext,
    documentId: string,
    pictureId: string,
  ): Promise<{ record: PictureRecord; bytes: Uint8Array }> {
    let workspaceId: string;
    try {
      ({ workspaceId } = await this.options.scope.documentFor(auth, documentId, 'document:read'));
    } catch (error) {
      // Someone signed in but outside the workspace learns nothing, not even that it exists.
      if (error instanceof ServiceError && error.code === 'forbidden') throw noPicture();
      throw error;
    }
    const found = await this.options.store.getPicture(workspaceId, pictureId);
    if (!found) throw noPicture();
    return found;
  }

  /**
   * For exports: an uploaded picture of this workspace by its id (the `id` of an
   * "upload:<id>" picture reference), or null when the workspace has no such picture. The
   * caller has already checked who is asking; the workspace must be the exported document's.
   */
  async uploadedPicture(workspaceId: string, pictureId: string): Promise<PictureBytes | null> {
    const found = await this.options.store.getPicture(workspaceId, pictureId);
    return found ? { bytes: found.bytes, mediaType: found.record.mediaType } : null;
  }
}
