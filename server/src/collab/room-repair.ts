// Repair on load. A document stored before the schema guard existed may hold content that makes
// every browser's editor throw (a string or a value among its paragraphs, an unknown node or
// mark). So when a room loads, its whole document is checked once (loading has just read all of
// it anyway), and content that does not fit is repaired (documents/content-repair.ts: the words
// are kept) by a change stored like any other, before anyone is answered: nobody is shown the
// broken content, and the log keeps what was there.
import type { Logger } from 'pino';
import { repairUpdates } from '../documents/content-repair.ts';
import type { UpdateLog } from '../storage/ports.ts';
import type { DocumentRoom } from './room.ts';
import type { SchemaGuard } from '../documents/schema-guard.ts';

export interface RoomRepairOptions {
  log: Pick<UpdateLog, 'appendUpdates'>;
  logger: Logger;
  guard: SchemaGuard;
}

/** Repairs a just-loaded room's document if it does not fit; throws when storing fails. */
export async function repairOnLoad(room: DocumentRoom, options: RoomRepairOptions): Promise<void> {
  const { documentId } = room;
  const { problem } = options.guard.checkAll(room.doc);
  if (problem === null) return;
  const updates = repairUpdates(room.doc, options.guard.rules);
  if (updates.length === 0) {
    // Served as it is: a document nobody can open would be worse.
    options.logger.error(
      { documentId, problem },
      'repairing a document failed: it changes nothing',
    );
    return;
  }
  // One by one, in order: a deep tower is taken away in steps (documents/content-flatten.ts).
  for (const update of updates) {
    try {
      room.prove(update);
    } catch (error) {
      options.logger.error({ err: error, documentId, problem }, 'repairing a document failed');
      return;
    }
    try {
      await options.log.appendUpdates([{ documentId, update }]);
    } catch (error) {
      room.notStored(update);
      throw error;
    }
    room.commit(update, null);
  }
  options.logger.warn(
    { documentId, problem },
    "a stored document did not fit the editor's schema: repaired, keeping its words",
  );
}
