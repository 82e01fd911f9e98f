// Export limits with a real server: an export renders off the main thread, so the server keeps
// answering while a long document is exported, and an export past a limit gets a clear answer.
import { afterEach, describe, expect, it } from 'vitest';
import {
  appendParagraph,
  connectClient,
  eventually,
  personApi,
  startTestServer,
  whenSynced,
  type TestServer,
} from '../testing/harness.ts';

describe('export limits', () => {
  let server: TestServer;
  afterEach(async () => {
    await server.close();
  });

  let workspaceId = '';

  /** A document holding `text` as one paragraph, stored (another client has received it). */
  async function documentWith(text: string): Promise<string> {
    const created = await server.api.createDocument('Long words');
    const { id } = created;
    workspaceId = created.workspaceId;
    const writer = connectClient(server.wsOrigin, id, { token: server.adminToken });
    const reader = connectClient(server.wsOrigin, id, { token: server.adminToken });
    await Promise.all([whenSynced(writer), whenSynced(reader)]);
    appendParagraph(writer.doc, text);
    // The server relays an update only after storing it.
    await eventually(() => expect(reader.text().length).toBeGreaterThan(text.length));
    writer.destroy();
    reader.destroy();
    return id;
  }

  function exportOf(
    id: string,
    format: string,
    as: { token?: string; signal?: AbortSignal } = {},
  ): Promise<Response> {
    return fetch(`${server.origin}/api/documents/${id}/export?format=${format}`, {
      headers: { authorization: `Bearer ${as.token ?? server.adminToken}` },
      signal: as.signal ?? null,
    });
  }

  /** A member of the document's workspace, with their own token. */
  async function memberToken(): Promise<string> {
    const member = await personApi(server, workspaceId, 'Sam', 'member');
    return member.token ?? '';
  }

  it('answers /healthz within a second throughout the PDF export of a 400,000-character word', async () => {
    server = await startTestServer();
    const id = await documentWith('x'.repeat(400_000));
    let finished = false;
    // With the co-production record, whose authorship count walks every character too.
    const exported = exportOf(id, 'pdf&record=1').finally(() => {
      finished = true;
    });
    const waits: number[] = [];
    // Bounded: at most 600 polls, about a minute.
    while (!finished && waits.length < 600) {
      const started = performance.now();
      const health = await fetch(`${server.origin}/healthz`, { signal: AbortSignal.timeout(5000) });
      waits.push(performance.now() - started);
      expect(health.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const response = await exported;
    expect(finished).toBe(true);
    expect(waits.length).toBeGreaterThan(0);
    expect(Math.max(...waits)).toBeLessThan(1000);
    if (response.status === 200) {
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
    } else {
      // The only other answers allowed are the documented limits.
      expect([413, 503]).toContain(response.status);
      const body = (await response.json()) as { error: { code: string } };
      expect(['payload_too_large', 'unavailable']).toContain(body.error.code);
    }
  }, 90_000);

  it('refuses a document over EXPORT_MAX_BYTES with 413 and says why', async () => {
    server = await startTestServer({ EXPORT_MAX_BYTES: '2048' });
    const id = await documentWith('A long paragraph. '.repeat(200));
    const response = await exportOf(id, 'pdf');
    expect(response.status).toBe(413);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('payload_too_large');
    expect(body.error.message).toMatch(/too large to export/);
  });

  it('refuses a document whose stored snapshot is over EXPORT_MAX_BYTES without decoding it', async () => {
    server = await startTestServer({ EXPORT_MAX_BYTES: '100000' });
    const { id } = await server.api.createDocument('Stored large');
    // A stored snapshot over the limit that is not even a Yjs update: only its size is read.
    const garbage = new Uint8Array(200_000).fill(0xff);
    await server.store.updates.appendUpdates([{ documentId: id, update: garbage }]);
    await server.store.updates.compact(id, () => garbage);
    const stored = await server.store.updates.loadDocument(id);
    expect(stored?.refs[0]).toEqual({ kind: 'snapshot' });
    const response = await exportOf(id, 'html');
    expect(response.status).toBe(413);
  });

  it('stops an export that takes longer than EXPORT_TIMEOUT_MS with 503 and says why', async () => {
    server = await startTestServer({ EXPORT_TIMEOUT_MS: '1000' });
    // About 400 pages of PDF: seconds of work, stopped after one.
    const id = await documentWith('Our plan for good jobs. '.repeat(80_000));
    const response = await exportOf(id, 'pdf');
    expect(response.status).toBe(503);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('unavailable');
    expect(body.error.message).toMatch(/took longer than 1 second, so it was stopped/);
  });

  it('turns an export away with 503 and Retry-After while every export thread is busy', async () => {
    server = await startTestServer({ EXPORT_THREADS: '1', EXPORT_QUEUE: '0' });
    const id = await documentWith('Our plan for good jobs.');
    const responses = await Promise.all([exportOf(id, 'pdf'), exportOf(id, 'pdf')]);
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 503]);
    const busy = responses.find((response) => response.status === 503);
    expect(busy?.headers.get('retry-after')).toBe('30');
    const body = (await busy?.json()) as { error: { code: string; message: string } };
    expect(body.error.message).toMatch(/busy making other exports/);
  });

  it('gives one person only their share of exports at once (429), and serves others meanwhile', async () => {
    server = await startTestServer({
      EXPORT_THREADS: '1',
      EXPORT_QUEUE: '8',
      EXPORT_PER_PERSON: '2',
      EXPORT_TIMEOUT_MS: '50000',
    });
    const id = await documentWith('Our plan for good jobs. '.repeat(20_000));
    const sam = await memberToken();
    const mine = [exportOf(id, 'pdf'), exportOf(id, 'pdf')];
    await new Promise((resolve) => setTimeout(resolve, 300));
    const third = await exportOf(id, 'md');
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await third.json()) as { error: { code: string; message: string } };
    expect(body.error.message).toMatch(/You already have 2 files being made/);
    // Sam is not turned away: his export waits its turn.
    const samsExport = await exportOf(id, 'md', { token: sam });
    expect(samsExport.status).toBe(200);
    expect((await Promise.all(mine)).map((response) => response.status)).toEqual([200, 200]);
  }, 60_000);

  it('takes exports whose requests were cancelled out of the queue, so others are not turned away', async () => {
    server = await startTestServer({
      EXPORT_THREADS: '1',
      EXPORT_QUEUE: '2',
      EXPORT_PER_PERSON: '10',
      EXPORT_TIMEOUT_MS: '60000',
    });
    const id = await documentWith('Our plan for good jobs. '.repeat(40_000));
    const sam = await memberToken();
    const cancel = new AbortController();
    const cancelled = [1, 2, 3].map(() =>
      exportOf(id, 'pdf', { signal: cancel.signal }).catch(() => 'cancelled'),
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    cancel.abort();
    // The one being made may have finished within the second (a fast machine); those still
    // waiting behind the one thread were cancelled.
    const outcomes = await Promise.all(cancelled);
    expect(outcomes.filter((outcome) => outcome === 'cancelled').length).toBeGreaterThanOrEqual(1);
    // Without the cancelled renders the next export is made at once, far inside the timeout.
    const started = performance.now();
    const samsExport = await exportOf(id, 'md', { token: sam });
    expect(samsExport.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(15_000);
  }, 60_000);
});
