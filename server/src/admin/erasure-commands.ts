// The admin CLI's erasure commands: erase a person, and replay the erasure log after restoring
// a backup made before some erasures (services/erasure.ts does the work).
import { resolve } from 'node:path';
import type { AppServices } from '../app.ts';
import type { Config } from '../config.ts';
import type { UserRecord } from '../storage/identity-ports.ts';
import { ERASURE_LOG_FILE, erasureLogFile, readErasureLog } from '../services/erasure-log-file.ts';
import { DataDirInUse, lockDataDir } from '../storage/sqlite/data-dir-lock.ts';

/**
 * Runs an erasure command only while no server uses this SQLite data folder: a running server
 * holds the person's live connections and open drafts, which only it can close and rewrite, so
 * from the command line their open connection would carry on writing under their old id. With
 * Postgres no lock tells; the operations guide says to stop the servers first.
 */
export async function withoutRunningServer<T>(config: Config, work: () => Promise<T>): Promise<T> {
  if (config.databaseUrl !== undefined) return work();
  let lock: ReturnType<typeof lockDataDir>;
  try {
    lock = lockDataDir(config.dataDir);
  } catch (error) {
    if (!(error instanceof DataDirInUse)) throw error;
    throw new Error(
      `${error.message}. Erase people from its People page while it runs, or stop it first: ` +
        'only the server can close their open connections and rewrite the drafts they have open.',
    );
  }
  try {
    return await work();
  } finally {
    lock.release();
  }
}

export async function erasePerson(
  app: AppServices,
  options: { user: UserRecord; email: string; removeSuggestions: boolean },
): Promise<string> {
  const record = await app.erasure.erase(null, options.user.id, {
    removePendingSuggestions: options.removeSuggestions,
  });
  const words = options.removeSuggestions
    ? 'Their suggestions still waiting for a decision were taken out.'
    : 'Their suggestions still waiting for a decision stay, under the new name.';
  return [
    `Erased ${options.email}. Everywhere they appeared, they are now "Former member ${record.number}".`,
    'Their profile, memberships, sign-ins and tokens are gone. The words they wrote in documents stay.',
    words,
    `The erasure is in the erasure log (${ERASURE_LOG_FILE} in the data directory).`,
  ].join('\n');
}

export async function replayErasures(
  app: AppServices,
  options: { config: Config; from: string | undefined },
): Promise<string> {
  const path = options.from ? resolve(options.from) : erasureLogFile(options.config.dataDir).path;
  const records = await readErasureLog(path);
  if (records.length === 0) return `There are no erasures in ${path}.`;
  const outcomes = await app.erasure.replay(records);
  const count = (outcome: string) => outcomes.filter((o) => o === outcome).length;
  return [
    `Read ${records.length} erasures from ${path}.`,
    `Erased again: ${count('erased')}. Erased already: ${count('erased-before')}. Not in this data: ${count('not-in-this-data')}.`,
  ].join('\n');
}
