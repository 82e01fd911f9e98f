// One server per SQLite data folder. A second process on the same DATA_DIR would keep its own live
// documents, and each process's people would miss the other's edits. The lock is SQLite's own:
// a small database, DATA_DIR/roundtable.lock, held in exclusive locking mode for the life of the
// process. The operating system drops it when the process ends, however it ends (SIGKILL too),
// so a crashed server never blocks the next start, and no stale pid can be mistaken for a live
// one. The admin CLI takes it only to erase people (admin/erasure-commands.ts); its other commands
// run beside the server (a backup is made that way).
import BetterSqlite3 from 'better-sqlite3';
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { makeFolder } from '../../folders.ts';

export const DATA_DIR_LOCK_FILE = 'roundtable.lock';

/** The holder's pid is kept as the lock database's user_version: bytes 60–63 of its header. */
const USER_VERSION_OFFSET = 60;

export class DataDirInUse extends Error {
  override readonly name = 'DataDirInUse';
  constructor(
    readonly dataDir: string,
    /** The holder's process id, when its lock file says. */
    readonly pid: number | undefined,
  ) {
    super(
      `Another Roundtable server${pid === undefined ? '' : ` (pid ${pid})`} is using ` +
        `DATA_DIR ${JSON.stringify(dataDir)}`,
    );
  }
}

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

/**
 * Takes the data folder's lock (making the folder if need be), or throws DataDirInUse at once if
 * another process holds it. Other errors (the folder cannot be made or written) are thrown as
 * they come.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  makeFolder(dataDir);
  const path = join(dataDir, DATA_DIR_LOCK_FILE);
  // No busy timeout: a held lock is an answer, not something to wait for.
  const db = new BetterSqlite3(path, { timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    // BEGIN EXCLUSIVE takes the lock even when the pid written is the one already there (a
    // container's server is often pid 1 every time); exclusive mode keeps it after COMMIT.
    db.exec('BEGIN EXCLUSIVE');
    db.pragma(`user_version = ${process.pid}`);
    db.exec('COMMIT');
  } catch (error) {
    db.close();
    if (String((error as { code?: unknown }).code).startsWith('SQLITE_BUSY')) {
      throw new DataDirInUse(dataDir, holderOf(path));
    }
    throw error;
  }
  return { path, release: () => db.close() };
}

/** Read from the file itself: SQLite would need the lock to read it. */
function holderOf(path: string): number | undefined {
  try {
    const fd = openSync(path, 'r');
    try {
      const bytes = Buffer.alloc(4);
      const read = readSync(fd, bytes, 0, 4, USER_VERSION_OFFSET);
      const pid = read === 4 ? bytes.readUInt32BE(0) : 0;
      return pid > 0 ? pid : undefined;
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}
