// REST for versions. The content of a version (and of the current draft) is served as an
// encoded Yjs update, so the browser shows it with the editor's own schema.
import { Router } from 'express';
import { PAGE_COUNT_BASIS_HEADER, PAGE_COUNT_HEADER } from '@roundtable/shared/protocol/export';
import * as routes from '@roundtable/shared/protocol/routes';
import type { ExportService } from '../services/exports.ts';
import type { VersionService } from '../services/versions.ts';
import { attachmentHeader, signalWhenGone } from './download.ts';
import type { RouteRegistry } from './route.ts';

export function versionRoutes(
  registry: RouteRegistry,
  versions: VersionService,
  exports: ExportService,
): Router {
  const router = Router();
  registry.add(router, routes.exportDocument, async ({ auth, params, query, response }) => {
    const file = await exports.export(
      auth,
      {
        documentId: params.id,
        format: query.format,
        versionId: query.version,
        easyRead: query.easyRead === '1',
        textSize: query.textSize === '21' ? 21 : 16,
        record: query.record === '1',
      },
      signalWhenGone(response),
    );
    if (file.pages) {
      response.setHeader(PAGE_COUNT_HEADER, String(file.pages.count));
      response.setHeader(PAGE_COUNT_BASIS_HEADER, file.pages.basis);
    }
    response
      .type(file.contentType)
      .setHeader('Content-Disposition', attachmentHeader(file.fileName))
      .send(file.body);
    return { status: 200, sent: true };
  });
  registry.add(router, routes.listVersions, async ({ auth, params }) => ({
    status: 200,
    body: await versions.list(auth, params.id),
  }));
  registry.add(router, routes.saveVersion, async ({ auth, params, body }) => ({
    status: 201,
    body: await versions.save(auth, params.id, body.name),
  }));
  registry.add(router, routes.getDraftContent, async ({ auth, params, response }) => {
    response
      .type('application/octet-stream')
      .send(Buffer.from(await versions.draft(auth, params.id)));
    return { status: 200, sent: true };
  });
  registry.add(router, routes.getVersion, async ({ auth, params }) => ({
    status: 200,
    body: (await versions.get(auth, params.id)).version,
  }));
  registry.add(router, routes.getVersionContent, async ({ auth, params, response }) => {
    response
      .type('application/octet-stream')
      .send(Buffer.from(await versions.content(auth, params.id)));
    return { status: 200, sent: true };
  });
  registry.add(router, routes.renameVersion, async ({ auth, params, body }) => ({
    status: 200,
    body: await versions.rename(auth, params.id, body.name),
  }));
  registry.add(router, routes.deleteVersion, async ({ auth, params }) => {
    await versions.delete(auth, params.id);
    return { status: 204 };
  });
  registry.add(router, routes.restoreVersion, async ({ auth, params }) => ({
    status: 200,
    body: await versions.restore(auth, params.id),
  }));
  return router;
}
