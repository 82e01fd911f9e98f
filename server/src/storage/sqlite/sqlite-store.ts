// The SQLite store (better-sqlite3): the zero-setup default. One file in DATA_DIR, WAL mode, so a
// committed update survives a crash of the process. Kysely runs its queries on the one
// connection, one transaction at a time.
import { dirname } from 'node:path';
import { makeFolder } from '../../folders.ts';
import type { Store } from '../ports.ts';
import { openSqlite, type SqliteOptions } from '../sql/connect.ts';
import { sqlStores } from '../sql/sql-store.ts';
import { sqlIdentity } from '../sql/identity.ts';

export type SqliteStoreOptions = SqliteOptions;

export function openSqliteStore(options: SqliteStoreOptions): Store {
  const storage = openSqlite(options);
  const db = storage.sqlite;
  return {
    kind: 'sqlite',
    identity: sqlIdentity(storage),
    ...sqlStores(storage),
    async backup(destination, onProgress) {
      makeFolder(dirname(destination));
      await db.backup(destination, {
        progress: ({ totalPages, remainingPages }) => {
          onProgress(totalPages === 0 ? 1 : (totalPages - remainingPages) / totalPages);
          return 200;
        },
      });
      onProgress(1);
    },
    async close() {
      await storage.db.destroy();
      if (db.open) db.close();
    },
  };
}
