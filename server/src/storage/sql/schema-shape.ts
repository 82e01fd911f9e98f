// Test support: reads back the schema a database ended up with, in a form that is the same for
// SQLite and Postgres when they hold the same tables, columns and indexes. Column types are
// compared by the storage class both use (TEXT holds timestamps and JSON in SQLite; INTEGER
// holds BIGINTs and booleans), unique constraints by their columns, as their names differ.
import { sql } from 'kysely';
import type { SqlStorage } from './connect.ts';

export interface TableShape {
  /** "name family null|not null", in column order. */
  columns: string[];
  primaryKey: string[];
  /** "name [unique] (columns) [partial]", sorted; an expression column is shown as "(expr)". */
  indexes: string[];
}

export type SchemaShape = Record<string, TableShape>;

const families: Record<string, string> = {
  text: 'text',
  'timestamp with time zone': 'text',
  jsonb: 'text',
  integer: 'integer',
  bigint: 'integer',
  boolean: 'integer',
  blob: 'bytes',
  bytea: 'bytes',
};

const family = (type: string): string => families[type.toLowerCase()] ?? `unknown ${type}`;

export function describeSchema(storage: SqlStorage): Promise<SchemaShape> {
  return storage.dialect === 'sqlite' ? describeSqlite(storage) : describePostgres(storage);
}

function describeIndex(name: string, unique: boolean, columns: string[], partial: boolean) {
  return `${name}${unique ? ' unique' : ''} (${columns.join(', ')})${partial ? ' partial' : ''}`;
}

async function describeSqlite({ db }: SqlStorage): Promise<SchemaShape> {
  const tables = await sql<{ name: string }>`
    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
  `.execute(db);
  const shape: SchemaShape = {};
  for (const { name: table } of tables.rows) {
    const columns = await sql<{ name: string; type: string; notnull: number; pk: number }>`
      SELECT name, type, "notnull", pk FROM pragma_table_info(${table}) ORDER BY cid
    `.execute(db);
    const indexes = await sql<{ name: string; unique: number; origin: string; partial: number }>`
      SELECT name, "unique", origin, partial FROM pragma_index_list(${table})
    `.execute(db);
    const described: string[] = [];
    for (const index of indexes.rows) {
      if (index.origin === 'pk') continue;
      const keys = await sql<{ name: string | null }>`
        SELECT name FROM pragma_index_info(${index.name}) ORDER BY seqno
      `.execute(db);
      const names = keys.rows.map((key) => key.name ?? '(expr)');
      const name = index.origin === 'u' ? 'unique constraint' : index.name;
      described.push(describeIndex(name, index.unique === 1, names, index.partial === 1));
    }
    shape[table] = {
      columns: columns.rows.map(
        (column) =>
          `${column.name} ${family(column.type)} ${column.notnull || column.pk ? 'not null' : 'null'}`,
      ),
      primaryKey: columns.rows
        .filter((column) => column.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((column) => column.name),
      indexes: described.sort(),
    };
  }
  return shape;
}

async function describePostgres({ db }: SqlStorage): Promise<SchemaShape> {
  const columns = await sql<{ table_name: string; name: string; type: string; nullable: string }>`
    SELECT table_name, column_name AS name, data_type AS type, is_nullable AS nullable
    FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name <> 'schema_migrations'
    ORDER BY table_name, ordinal_position
  `.execute(db);
  const indexes = await sql<{
    table_name: string;
    index_name: string;
    is_unique: number;
    is_primary: number;
    is_constraint: number;
    is_partial: number;
    columns: string[];
  }>`
    SELECT t.relname AS table_name, i.relname AS index_name, x.indisunique AS is_unique,
      x.indisprimary AS is_primary, x.indpred IS NOT NULL AS is_partial,
      EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid AND c.contype = 'u')
        AS is_constraint,
      ARRAY(
        SELECT coalesce(a.attname::text, '(expr)')
        FROM unnest(x.indkey) WITH ORDINALITY AS k(attnum, n)
        LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
        ORDER BY k.n
      )::text[] AS columns
    FROM pg_index x
    JOIN pg_class i ON i.oid = x.indexrelid
    JOIN pg_class t ON t.oid = x.indrelid
    WHERE t.relnamespace = current_schema()::regnamespace AND t.relname <> 'schema_migrations'
  `.execute(db);
  const shape: SchemaShape = {};
  for (const column of columns.rows) {
    const table = (shape[column.table_name] ??= { columns: [], primaryKey: [], indexes: [] });
    table.columns.push(
      `${column.name} ${family(column.type)} ${column.nullable === 'YES' ? 'null' : 'not null'}`,
    );
  }
  for (const index of indexes.rows) {
    const table = shape[index.table_name];
    if (!table) continue;
    if (index.is_primary) table.primaryKey = index.columns;
    else {
      const name = index.is_constraint ? 'unique constraint' : index.index_name;
      table.indexes.push(
        describeIndex(name, index.is_unique === 1, index.columns, index.is_partial === 1),
      );
    }
  }
  for (const table of Object.values(shape)) table.indexes.sort();
  return shape;
}
