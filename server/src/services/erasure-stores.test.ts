// Erasure that reaches the history, on both stores (SQLite, and Postgres when DATABASE_URL is
// set): Priya does everything (testing/personal-journey.ts), an administrator erases her, and
// then her name, email and id are nowhere in the stored bytes (the SQLite file, or a pg_dump of
// the test's schema, bytea included) while what she took part in reads "Former member N".
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSuggestions } from '@roundtable/shared/editor/suggestions';
import { CONTENT_FRAGMENT } from '@roundtable/shared/protocol/collab';
import { docFromUpdates } from '../documents/snapshot.ts';
import { createDocumentSchema } from '../export/index.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';
import { priya, priyaDoesEverything, type Journey } from '../testing/personal-journey.ts';
import { openPostgresStore } from '../storage/postgres/postgres-store.ts';
import { ERASURE_LOG_FILE } from './erasure-log-file.ts';
import { erasureReference } from './erasure.ts';

const url = process.env.DATABASE_URL;
const schema = `rt_erasure_${process.pid}_${Date.now().toString(36)}`;

interface StoreUnderTest {
  kind: 'sqlite' | 'postgres';
  /** Every stored byte: the database file, or a dump of the schema. */
  bytes: (server: TestServer) => Buffer;
}

const sqlite: StoreUnderTest = {
  kind: 'sqlite',
  bytes: (server) =>
    Buffer.concat(
      ['roundtable.sqlite', 'roundtable.sqlite-wal']
        .map((file) => join(server.dataDir, file))
        .filter((path) => existsSync(path))
        .map((path) => readFileSync(path)),
    ),
};

const postgres: StoreUnderTest = {
  kind: 'postgres',
  bytes: () =>
    execFileSync('pg_dump', ['--no-owner', `--schema=${schema}`, url ?? ''], {
      maxBuffer: 256 * 1024 * 1024,
    }),
};

/** The needle as UTF-8, and as the hex a dump shows bytea in. */
const forms = (needle: string): Buffer[] => {
  const utf8 = Buffer.from(needle, 'utf8');
  return [utf8, Buffer.from(utf8.toString('hex'), 'utf8')];
};

describe.each(url ? [sqlite, postgres] : [sqlite])('erasing a person: $kind', (under) => {
  let server: TestServer;
  let journey: Journey;
  let pseudonym: string;

  beforeAll(async () => {
    server = await startTestServer(
      {},
      under.kind === 'postgres'
        ? () => openPostgresStore({ connectionString: url ?? '', schema, maxConnections: 4 })
        : undefined,
    );
    journey = await priyaDoesEverything(server.origin, server.adminToken);
    const erased = await server.api.request('POST', `/api/people/${journey.priyaId}/erasure`, {
      removePendingSuggestions: false,
    });
    expect(erased.status).toBe(200);
    pseudonym = String(erased.body.pseudonym);
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    if (under.kind !== 'postgres') return;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });

  it('leaves her name, email and id nowhere in the stored bytes', () => {
    const bytes = under.bytes(server);
    for (const needle of [priya.name, priya.email, journey.priyaId]) {
      for (const form of forms(needle)) expect(bytes.includes(form), needle).toBe(false);
    }
    // What is left is the erasure log's hashed reference.
    expect(bytes.includes(Buffer.from(erasureReference(journey.priyaId)))).toBe(true);
  });

  it('keeps the erasure log file with the hashed reference only', () => {
    const log = readFileSync(join(server.dataDir, ERASURE_LOG_FILE), 'utf8');
    expect(log).toContain(erasureReference(journey.priyaId));
    for (const needle of [priya.name, priya.email, journey.priyaId])
      expect(log).not.toContain(needle);
  });

  it('names the pseudonym in the who-wrote-what view and on her waiting suggestion', async () => {
    expect(pseudonym).toMatch(/^Former member \d+$/);
    const authors = await server.api.request('GET', `/api/documents/${journey.documentId}/authors`);
    const names = (authors.body as unknown as { authors: Array<{ name: string }> }).authors.map(
      (a) => a.name,
    );
    expect(names).toContain(pseudonym);
    const stored = await server.store.updates.loadDocument(journey.documentId);
    const doc = docFromUpdates(stored?.updates ?? []);
    const root = yXmlFragmentToProseMirrorRootNode(
      doc.getXmlFragment(CONTENT_FRAGMENT),
      createDocumentSchema(),
    );
    const waiting = listSuggestions(root).find((s) => s.id === 'spriya-pending');
    expect(waiting?.author).toMatch(/^former-member-\d+$/);
    expect(root.textContent).toContain(priya.written);
    doc.destroy();
  });

  it('exports the draft with no trace of her', async () => {
    const exported = await fetch(
      `${server.origin}/api/documents/${journey.documentId}/export?format=html`,
      { headers: { authorization: `Bearer ${server.adminToken}` } },
    );
    const html = await exported.text();
    expect(exported.status).toBe(200);
    expect(html).not.toContain(priya.name);
    expect(html).not.toContain(journey.priyaId);
  });
});
