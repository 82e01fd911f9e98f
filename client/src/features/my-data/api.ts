// Asks the server for a copy of a person's data (a zip) and hands back the bytes and the file
// name the server chose. Errors come back as one plain sentence.
import { ErrorBody } from '@roundtable/shared/protocol/errors';
import * as routes from '@roundtable/shared/protocol/routes';
import { pathOf } from '../../app/http.ts';

export type DataFileResult =
  { ok: true; blob: Blob; fileName: string } | { ok: false; message: string };

const UNREACHABLE =
  'We could not reach Roundtable. Check your internet connection, then try again.';
const UNEXPECTED = 'Something went wrong on our side. Please try again in a moment.';
const FALLBACK_NAME = 'roundtable-data.zip';

export const myDataPath = (): string => pathOf(routes.downloadMyData);

export const memberDataPath = (workspaceId: string, userId: string): string =>
  pathOf(routes.downloadMemberData, { params: { id: workspaceId, userId } });

export async function fetchDataFile(path: string): Promise<DataFileResult> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin' });
  } catch {
    return { ok: false, message: UNREACHABLE };
  }
  if (!response.ok) {
    const parsed = ErrorBody.safeParse(await response.json().catch(() => null));
    return { ok: false, message: parsed.success ? parsed.data.error.message : UNEXPECTED };
  }
  try {
    const blob = await response.blob();
    return { ok: true, blob, fileName: fileNameIn(response.headers.get('Content-Disposition')) };
  } catch {
    return { ok: false, message: UNREACHABLE };
  }
}

/** The server names the file with letters, digits and dashes only; anything else is not used. */
function fileNameIn(header: string | null): string {
  const name = /filename="([A-Za-z0-9._-]+\.zip)"/.exec(header ?? '')?.[1];
  return name ?? FALLBACK_NAME;
}
