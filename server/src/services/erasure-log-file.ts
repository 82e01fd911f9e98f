// The erasure log kept outside the database: one JSON line per erasure (number, hashed
// reference, pseudonym, time, choices; never a name, email or id), appended in DATA_DIR. A
// backup restored from before an erasure lacks the erasure; this file does not, so
// `npm run admin -- replay-erasures` reads it and erases those people again. Keep it apart
// from the backups (see docs/operate/data-protection.md). An erasure is logged before it is done,
// so the file is checked at start and opened so that it can never block (see appendLine).
import { accessSync, constants, statSync, type Stats } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
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

/** What a path that should be a file is instead, in words; undefined for a file. */
function notAFile(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  return 'a device';
}

/**
 * Checks at start that the log can be appended to: absent (it is made with the first erasure),
 * or a file this user may write. Throws an Error whose message is one line.
 */
export function checkErasureLog(path: string): void {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new Error(`${JSON.stringify(path)} cannot be looked at (${codeOf(error)})`);
  }
  const instead = notAFile(stats);
  if (instead) throw new Error(`${JSON.stringify(path)} is ${instead}, not a file`);
  try {
    accessSync(path, constants.W_OK);
  } catch (error) {
    throw new Error(`${JSON.stringify(path)} cannot be written (${codeOf(error)})`);
  }
}

/** An error's code (EACCES): its message names the path unquoted, which may hold a newline. */
const codeOf = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? String(error);

/**
 * Opens the log to append one line. O_NONBLOCK: opening a named pipe nobody reads would otherwise
 * wait for ever (and hold up shutdown); a file is never slowed by it. Anything but a file is
 * refused before a byte is written.
 */
async function appendLine(path: string, line: string): Promise<void> {
  const { O_WRONLY, O_APPEND, O_CREAT, O_NONBLOCK } = constants;
  const handle = await open(path, O_WRONLY | O_APPEND | O_CREAT | O_NONBLOCK);
  try {
    const instead = notAFile(await handle.stat());
    if (instead) throw new Error(`${JSON.stringify(path)} is ${instead}, not a file`);
    await handle.appendFile(line, 'utf8');
    // The line is the record that the erasure was asked for and begun: on disk before it is.
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The erasure log file in a data directory. */
export function erasureLogFile(dataDir: string) {
  const path = join(dataDir, ERASURE_LOG_FILE);
  return {
    path,
    append: async (record: ErasureRecord): Promise<void> => {
      makeFolder(dirname(path));
      await appendLine(path, `${JSON.stringify(record)}\n`);
    },
    read: () => readErasureLog(path),
  };
}
