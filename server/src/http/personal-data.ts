// REST for copies of a person's data (mine, and a member's part of a workspace), and for an
// administrator erasing a person. The zip is sent
// as it is made in the export threads; a busy server says when to try again.
import { Router, type Response } from 'express';
import * as routes from '@roundtable/shared/protocol/routes';
import { formerMemberName } from '@roundtable/shared/domain/former-members';
import { signedIn } from '../services/auth-context.ts';
import type { ErasureService } from '../services/erasure.ts';
import type { PersonalDataFile, PersonalDataService } from '../services/personal-data.ts';
import { attachmentHeader, signalWhenGone } from './download.ts';
import type { RouteRegistry, RouteResult } from './route.ts';

export function personalDataRoutes(
  registry: RouteRegistry,
  personalData: PersonalDataService,
  erasure: ErasureService,
): Router {
  const router = Router();
  registry.add(router, routes.downloadMyData, async ({ auth, response }) =>
    send(response, (signal) => personalData.everything(auth, signedIn(auth), signal)),
  );
  registry.add(router, routes.downloadMemberData, async ({ auth, params, response }) =>
    send(response, (signal) => personalData.inWorkspace(auth, params.id, params.userId, signal)),
  );
  registry.add(router, routes.erasePerson, async ({ auth, params, body }) => {
    const record = await erasure.eraseAs(auth, params.id, body);
    return { status: 200, body: { pseudonym: formerMemberName(record.pseudonymId) ?? '' } };
  });
  return router;
}

async function send(
  response: Response,
  make: (signal: AbortSignal) => Promise<PersonalDataFile>,
): Promise<RouteResult> {
  const file = await make(signalWhenGone(response));
  response
    .type('application/zip')
    .setHeader('Content-Disposition', attachmentHeader(file.fileName))
    .send(file.body);
  return { status: 200, sent: true };
}
