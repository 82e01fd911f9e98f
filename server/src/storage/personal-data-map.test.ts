// The data map is checked against the schema both databases get from the migrations: every table
// is in it, every column it names exists, and every column whose name looks like a person's is
// either marked as one or marked as not. A new table (or a new column like `reviewed_by`) fails
// here until someone decides what it holds about people and whether a download shows it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { looksLikeAPerson, personalDataMap } from './personal-data-map.ts';
import { openSqlite } from './sql/connect.ts';
import { describeSchema, type SchemaShape } from './sql/schema-shape.ts';

const columnName = (described: string): string => described.split(' ')[0] ?? '';

describe('the data map', () => {
  let dir: string;
  let schema: SchemaShape;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'roundtable-data-map-'));
    const storage = openSqlite({ filename: join(dir, 'schema.sqlite') });
    try {
      schema = await describeSchema(storage);
    } finally {
      await storage.db.destroy();
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names every table, and only tables that exist', () => {
    expect(Object.keys(personalDataMap).sort()).toEqual(Object.keys(schema).sort());
  });

  it('names only columns that exist', () => {
    for (const [table, entry] of Object.entries(personalDataMap)) {
      const columns = (schema[table]?.columns ?? []).map(columnName);
      for (const column of [...Object.keys(entry.person), ...Object.keys(entry.notPerson ?? {})]) {
        expect(columns, `${table}.${column}`).toContain(column);
      }
    }
  });

  it('has decided about every column whose name looks like a person’s', () => {
    const undecided: string[] = [];
    for (const [table, shape] of Object.entries(schema)) {
      const entry = personalDataMap[table];
      for (const column of shape.columns.map(columnName)) {
        if (!looksLikeAPerson.test(column)) continue;
        if (entry && (column in entry.person || column in (entry.notPerson ?? {}))) continue;
        undecided.push(`${table}.${column}`);
      }
    }
    expect(undecided).toEqual([]);
  });

  it('is written down for administrators, one row per table', () => {
    const page = readFileSync(
      resolve(import.meta.dirname, '../../../docs/operate/data-map.md'),
      'utf8',
    );
    for (const table of Object.keys(personalDataMap)) expect(page).toContain(`| \`${table}\``);
  });
});
