// `npm run admin -- export-person`: a copy of a person's data for an access request made by post
// or phone, written to a file the administrator then sends them. Made as an administrator would
// in the interface (the same service, the same threads), and audited as done by the CLI.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AppServices } from '../app.ts';
import { cliAdministrator } from './cli-administrator.ts';

export async function exportPerson(
  app: AppServices,
  request: { personId: string; workspaceId?: string | undefined; to?: string | undefined },
): Promise<string> {
  const file = request.workspaceId
    ? await app.personalData.inWorkspace(cliAdministrator, request.workspaceId, request.personId)
    : await app.personalData.everything(cliAdministrator, request.personId);
  const destination = resolve(request.to ?? join(process.cwd(), file.fileName));
  writeFileSync(destination, file.body, { mode: 0o600 });
  return destination;
}
