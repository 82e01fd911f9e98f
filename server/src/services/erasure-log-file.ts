// The erasure log kept outside the database: one JSON line per erasure (number, hashed
// reference, pseudonym, time, choices; never a name, email or id), appended in DATA_DIR. A
// backup restored from before an erasure lacks the erasure; this file does not, so
// `npm run admin -- replay-erasures` reads it and erases those people again. Keep it apart
// from the backups (see docs/operate/data-protection.md).
import { appendFile, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { makeFolder } from '../folders.ts';
import type { ErasureRecord } from '../storage/erasure-ports.ts';

export const ERASURE_LOG_FILE = 'erasure-log.jsonl';

const LoggedErasure = z
  .object({
    number: z.number().int().positive(),
    reference: z.string().regex(/^[0-9a-f]{64}$/),
    pseudonymId: z.string(),
    erasedAt: z.string(),
    options: z.object({
      removePendingSuggestions: z.boolean(),
      commentsDeletedIn: z.array(z.string()),
    }),
  })
  .strict();

/** Reads an erasure log; a line that is not an erasure stops it with the line's number. */
export async function readErasureLog(path: string): Promise<ErasureRecord[]> {
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    if ((error as { code?: string }).code === 'ENOENT') return '';
    throw error;
  });
  return text
    .split('\n')
    .map((line, index) => ({ line: line.trim(), index }))
    .filter(({ line }) => line !== '')
    .map(({ line, index }) => {
      const parsed = LoggedErasure.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`Line ${index + 1} of ${path} is not an erasure`);
      return parsed.data;
    });
}

/** The erasure log file in a data directory. */
export function erasureLogFile(dataDir: string) {
  const path = join(dataDir, ERASURE_LOG_FILE);
  return {
    path,
    append: async (record: ErasureRecord): Promise<void> => {
      makeFolder(dirname(path));
      await appendFile(path, `${JSON.stringify(record)}\n`, 'utf8');
    },
    read: () => readErasureLog(path),
  };
}
