// The admin CLI's erasure commands: erase a person, and replay the erasure log after restoring
// a backup made before some erasures (services/erasure.ts does the work).
import { resolve } from 'node:path';
import type { AppServices } from '../app.ts';
import type { Config } from '../config.ts';
import type { UserRecord } from '../storage/identity-ports.ts';
import { erasureLogFile, readErasureLog } from '../services/erasure-log-file.ts';

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
    `The erasure is in the erasure log (${erasureLogFile('.').path.slice(2)} in the data directory).`,
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
