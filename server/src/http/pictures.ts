// REST for pictures uploaded to a document's workspace. An upload's body is the file's bytes,
// read here within the size limit (after the service has checked who is asking); a picture is
// sent back with the type read from its bytes, and headers that stop a browser from treating
// it as anything else.
import type { Request } from 'express';
import { Router } from 'express';
import * as routes from '@roundtable/shared/protocol/routes';
import type { PictureRecord } from '../storage/picture-ports.ts';
import { ServiceError } from '../services/errors.ts';
import type { PictureService } from '../services/pictures.ts';
import type { RouteRegistry } from './route.ts';

/** The request body as bytes; null once it passes `maxBytes` (the rest is read and dropped). */
export function readUpload(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  if (request.is('application/json') || request.readableEnded) {
    throw new ServiceError('bad_request', "Send the picture's bytes as the request body.");
  }
  if (Number(request.headers['content-length'] ?? 0) > maxBytes) {
    request.resume();
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let total = 0;
    const onData = (part: Buffer) => {
      total += part.length;
      if (total > maxBytes) {
        request.off('data', onData);
        request.resume();
        resolve(null);
        return;
      }
      parts.push(part);
    };
    request.on('data', onData);
    request.once('end', () =>
      resolve(total > maxBytes ? null : new Uint8Array(Buffer.concat(parts))),
    );
    request.once('error', reject);
  });
}

const present = (record: PictureRecord) => ({
  id: record.id,
  mediaType: record.mediaType,
  width: record.width,
  height: record.height,
  byteSize: record.byteSize,
  name: record.name,
  uploadedAt: record.uploadedAt,
});

export function pictureRoutes(registry: RouteRegistry, pictures: PictureService): Router {
  const router = Router();
  registry.add(router, routes.uploadPicture, async ({ auth, params, query, request, response }) => {
    const record = await pictures
      .upload(auth, params.id, {
        name: query.name,
        read: (maxBytes) => readUpload(request, maxBytes),
      })
      .catch((error: unknown) => {
        // The rest of a refused body is not waited for: the connection closes after the answer.
        if (!request.readableEnded) response.setHeader('Connection', 'close');
        throw error;
      });
    return { status: 201, body: present(record) };
  });
  registry.add(router, routes.getPicture, async ({ auth, params, response }) => {
    const { record, bytes } = await pictures.read(auth, params.id, params.pictureId);
    response
      .status(200)
      .set({
        'Content-Type': record.mediaType,
        'X-Content-Type-Options': 'nosniff',
        'Content-Disposition': 'inline',
        // Were it ever opened on its own, nothing in it may run or load.
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cross-Origin-Resource-Policy': 'same-origin',
      })
      .send(Buffer.from(bytes));
    return { status: 200, sent: true };
  });
  return router;
}
