// Kysely builds and compiles a query's SQL every time it runs one: for the update log's insert,
// one per stored batch, that was more of the main thread than SQLite's own work on it
// (docs/develop/performance.md). The insert has one shape per row count, so its SQL is compiled
// once per count and reused with each batch's values.
import type { CompiledQuery, Compilable, Kysely } from 'kysely';

/** Row counts whose compiled SQL is kept: batches are mostly a few updates. */
const KEPT_COUNTS = 32;

export interface InsertOnceCompiled<Row> {
  /** Runs the insert of `rows`, compiling its SQL only for a row count not seen before. */
  execute(rows: readonly Row[]): Promise<void>;
}

/**
 * `build` makes the insert for some rows; `values` lists one row's bound values in the order
 * the compiled SQL takes them. That order is checked against Kysely's own at each compile, and
 * a shape whose order differs is never reused.
 */
export function insertOnceCompiled<DB, Row>(
  db: Kysely<DB>,
  build: (rows: readonly Row[]) => Compilable,
  values: (row: Row) => readonly unknown[],
): InsertOnceCompiled<Row> {
  const compiled = new Map<number, CompiledQuery>();
  const parametersOf = (rows: readonly Row[]): unknown[] => rows.flatMap(values);
  return {
    async execute(rows) {
      const kept = compiled.get(rows.length);
      if (kept) {
        await db.executeQuery({ ...kept, parameters: parametersOf(rows) });
        return;
      }
      const query = build(rows).compile();
      if (rows.length <= KEPT_COUNTS && sameValues(query.parameters, parametersOf(rows))) {
        compiled.set(rows.length, query);
      }
      await db.executeQuery(query);
    },
  };
}

const sameValues = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((value, index) => value === b[index]);
