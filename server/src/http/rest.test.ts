// REST for workspaces and documents, as scripts and the browser use it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/harness.ts';

describe('REST API', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    await server.close();
  });

  it('creates, lists and renames workspaces', async () => {
    const created = await server.api.request('POST', '/api/workspaces', {
      name: '  Learning Disability Partnership Board ',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Learning Disability Partnership Board' });
    const list = await server.api.request('GET', '/api/workspaces');
    expect(list.body).toEqual([created.body]);
    const renamed = await server.api.request('PATCH', `/api/workspaces/${created.body.id}`, {
      name: 'LD Board',
    });
    expect(renamed.body).toMatchObject({ id: created.body.id, name: 'LD Board' });
  });

  it('answers 404, not 500, for invites and members of a workspace that does not exist', async () => {
    const invite = await server.api.request('POST', '/api/workspaces/no-such-workspace/invites', {
      role: 'member',
      expiresInDays: 7,
    });
    expect(invite.status).toBe(404);
    expect(invite.body).toMatchObject({ error: { code: 'not_found' } });
    const invites = await server.api.request('GET', '/api/workspaces/no-such-workspace/invites');
    expect(invites.status).toBe(404);
  });

  it('creates a document, renames it, bins it and restores it', async () => {
    const { id, workspaceId } = await server.api.createDocument('Learning Disability Strategy');
    const fetched = await server.api.request('GET', `/api/documents/${id}`);
    expect(fetched.body).toMatchObject({
      id,
      workspaceId,
      title: 'Learning Disability Strategy',
      deletedAt: null,
    });

    const renamed = await server.api.request('PATCH', `/api/documents/${id}`, {
      title: 'Strategy 2027',
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.title).toBe('Strategy 2027');

    const binned = await server.api.request('DELETE', `/api/documents/${id}`);
    expect(binned.status).toBe(200);
    expect(binned.body.deletedAt).toEqual(expect.any(String));
    const live = await server.api.request('GET', `/api/documents?workspaceId=${workspaceId}`);
    expect(live.body).toEqual([]);
    const bin = await server.api.request('GET', `/api/documents?workspaceId=${workspaceId}&bin=1`);
    expect((bin.body as unknown as Array<{ id: string }>).map((d) => d.id)).toEqual([id]);
    const refused = await server.api.request('PATCH', `/api/documents/${id}`, { title: 'x' });
    expect(refused.status).toBe(409);

    const restored = await server.api.request('POST', `/api/documents/${id}/restore`);
    expect(restored.body.deletedAt).toBeNull();
    const again = await server.api.request('GET', `/api/documents?workspaceId=${workspaceId}`);
    expect((again.body as unknown as Array<{ id: string }>).map((d) => d.id)).toEqual([id]);
  });

  it('erases documents that have been in the bin for more than 30 days', async () => {
    const { id } = await server.api.createDocument();
    await server.api.request('DELETE', `/api/documents/${id}`);
    await server.store.documents.updateDocument(id, {
      deletedAt: new Date(Date.now() - 31 * 24 * 3600 * 1000).toISOString(),
      updatedAt: new Date().toISOString(),
    });
    expect(await server.app.documents.purgeExpired()).toEqual([id]);
    expect((await server.api.request('GET', `/api/documents/${id}`)).status).toBe(404);
  });

  it('answers invalid bodies with 400 naming the field at fault', async () => {
    const empty = await server.api.request('POST', '/api/workspaces', { name: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error).toMatchObject({ code: 'bad_request', field: 'name' });
    const { workspaceId } = await server.api.createDocument();
    const noTitle = await server.api.request('POST', '/api/documents', { workspaceId });
    expect(noTitle.body.error).toMatchObject({ code: 'bad_request', field: 'title' });
    const extra = await server.api.request('POST', '/api/workspaces', { name: 'x', admin: true });
    expect(extra.status).toBe(400);
    const notJson = await server.api.request('POST', '/api/workspaces', '{"name":');
    expect(notJson.status).toBe(400);
    expect(notJson.body.error).toMatchObject({
      code: 'bad_request',
      message: 'The request body is not valid JSON',
    });
    const badId = await server.api.request('GET', `/api/documents/${'x'.repeat(65)}`);
    expect(badId.body.error).toMatchObject({ code: 'bad_request', field: 'id' });
  });

  it('answers unknown ids with 404', async () => {
    expect((await server.api.request('GET', '/api/documents/nope')).status).toBe(404);
    expect((await server.api.request('GET', '/api/workspaces/nope')).status).toBe(404);
    const orphan = await server.api.request('POST', '/api/documents', {
      workspaceId: 'nope',
      title: 'x',
    });
    expect(orphan.status).toBe(404);
    expect(orphan.body.error).toMatchObject({ code: 'not_found', field: 'workspaceId' });
    expect((await server.api.request('GET', '/api/nothing-here')).body.error).toMatchObject({
      code: 'not_found',
    });
  });

  it('refuses state-changing requests from another website', async () => {
    const response = await server.api.request(
      'POST',
      '/api/workspaces',
      { name: 'x' },
      { origin: 'https://evil.example' },
    );
    expect(response.status).toBe(403);
    expect(response.body.error).toMatchObject({ code: 'forbidden' });
  });

  it('describes every route in the OpenAPI document, generated from the request schemas', async () => {
    const { body } = await server.api.request('GET', '/api/openapi.json');
    const paths = body.paths as Record<string, Record<string, { requestBody?: unknown }>>;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        '/api/workspaces',
        '/api/documents',
        '/api/documents/{id}',
        '/api/documents/{id}/restore',
      ]),
    );
    expect(paths['/api/documents']?.post?.requestBody).toMatchObject({
      content: { 'application/json': { schema: { required: ['workspaceId', 'title'] } } },
    });
  });

  it('reports health, readiness and metrics', async () => {
    expect((await server.api.request('GET', '/healthz')).status).toBe(200);
    const traced = await fetch(`${server.origin}/healthz`, {
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(traced.headers.get('x-request-id')).toBe('abc-123');
    const ready = await server.api.request('GET', '/readyz');
    expect(ready).toEqual({ status: 200, body: { status: 'ok', checks: { storage: 'ok' } } });
    const metrics = await fetch(`${server.origin}/metrics`).then((r) => r.text());
    expect(metrics).toContain('roundtable_collab_connections 0');
    expect(metrics).toContain('roundtable_persist_seconds_bucket');
    expect(metrics).toContain('roundtable_fanout_seconds_bucket');
    expect(metrics).toContain('roundtable_collab_first_sync_seconds_bucket');
    expect(metrics).toContain('roundtable_process_cpu_seconds_total');
    await server.store.close();
    expect((await server.api.request('GET', '/readyz')).status).toBe(503);
  });
});
