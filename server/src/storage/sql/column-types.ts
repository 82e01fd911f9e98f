// The column types each database spells its own way, filled into the one schema (migrations.ts).
export interface ColumnTypes {
  timestamp: string;
  json: string;
  bytes: string;
  bigint: string;
  /** An auto-numbered BIGINT primary key. */
  serialKey: string;
  flag: string;
  false: string;
  /** users.email: unique whatever its case in SQLite, by the users_by_email index on both. */
  email: string;
}

export const sqliteColumnTypes: ColumnTypes = {
  timestamp: 'TEXT',
  json: 'TEXT',
  bytes: 'BLOB',
  bigint: 'INTEGER',
  serialKey: 'INTEGER PRIMARY KEY AUTOINCREMENT',
  flag: 'INTEGER',
  false: '0',
  email: 'TEXT UNIQUE COLLATE NOCASE',
};

export const postgresColumnTypes: ColumnTypes = {
  timestamp: 'TIMESTAMPTZ',
  json: 'JSONB',
  bytes: 'BYTEA',
  bigint: 'BIGINT',
  serialKey: 'BIGSERIAL PRIMARY KEY',
  flag: 'BOOLEAN',
  false: 'false',
  email: 'TEXT',
};
