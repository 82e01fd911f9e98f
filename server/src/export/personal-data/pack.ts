// A copy of a person's data as one zip: the web page to read and the JSON file for programs.
// Made in an export thread (see export-pool.ts), so compressing never holds up the server.
import { strToU8, zipSync } from 'fflate';
import { renderPersonalDataHtml } from './html.ts';
import type { PersonalData } from './types.ts';

/** The files in the zip, by what they are for. */
export const PERSONAL_DATA_FILES = { page: 'your-data.html', json: 'your-data.json' } as const;

export function packPersonalData(data: PersonalData): Uint8Array {
  const mtime = new Date(data.about.madeAt);
  return zipSync(
    {
      [PERSONAL_DATA_FILES.page]: strToU8(renderPersonalDataHtml(data)),
      [PERSONAL_DATA_FILES.json]: strToU8(`${JSON.stringify(data, null, 2)}\n`),
    },
    { level: 6, mtime },
  );
}
