// The notices table as Kysely sees it (see migrations-notices.ts); `Database` includes it.

export interface NoticesTable {
  kind: string;
  body: string;
  updated_at: string;
  updated_by: string | null;
}

export interface NoticeTables {
  notices: NoticesTable;
}
