// Ordering text the same on both databases, whatever the Postgres locale: by code point
// (SQLite's default, Postgres's "C" collation), and case-blind by lower(), which folds the
// same ASCII letters SQLite's NOCASE does.
import { sql, type RawBuilder } from 'kysely';
import type { SqlDialect } from './connect.ts';

export function byCodePoint(dialect: SqlDialect, column: string): RawBuilder<unknown> {
  return dialect === 'postgres' ? sql`${sql.ref(column)} collate "C"` : sql`${sql.ref(column)}`;
}

export function byCodePointIgnoringCase(dialect: SqlDialect, column: string): RawBuilder<unknown> {
  return dialect === 'postgres'
    ? sql`lower(${sql.ref(column)}) collate "C"`
    : sql`lower(${sql.ref(column)})`;
}
