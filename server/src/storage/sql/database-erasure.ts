// The erasure log as Kysely sees it (see migrations-erasure.ts); `Database` includes it.
// Timestamps are ISO strings and JSON columns JSON text, as in database.ts.

export interface ErasuresTable {
  number: number;
  /** SHA-256 of the erased person's id (never the id itself). */
  reference: string;
  pseudonym_id: string;
  erased_at: string;
  /** JSON: what the administrator chose, and whose comments were deleted. */
  options: string;
}

export interface ErasureTables {
  erasures: ErasuresTable;
}
