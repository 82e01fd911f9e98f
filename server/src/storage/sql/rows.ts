// Small pieces the SQL stores share.
import { sql, type RawBuilder } from 'kysely';
import type { SqlDialect } from './connect.ts';

/**
 * The tie-break among rows with the same time. Each database keeps the order its store always
 * had: SQLite the order rows were inserted (rowid), Postgres the id.
 */
export const tieBreak = (dialect: SqlDialect): RawBuilder<unknown> =>
  dialect === 'sqlite' ? sql`rowid` : sql`id`;

export const toJson = (value: unknown): string => JSON.stringify(value);

export function fromJson<T>(text: string): T;
export function fromJson<T>(text: string | null): T | null;
export function fromJson<T>(text: string | null): T | null {
  return text === null ? null : (JSON.parse(text) as T);
}

/** Rows an INSERT, UPDATE or DELETE changed, as Kysely reports them. */
export const changed = (result: {
  numInsertedOrUpdatedRows?: bigint;
  numUpdatedRows?: bigint;
  numDeletedRows?: bigint;
}): number =>
  Number(result.numInsertedOrUpdatedRows ?? result.numUpdatedRows ?? result.numDeletedRows ?? 0);
