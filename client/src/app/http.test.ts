// Calls made from the shared route specs, against a real HTTP server on port 0 that records
// each request and gives the answer the test sets.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as routes from '@roundtable/shared/protocol/routes';
import { call, pathOf } from './http.ts';

interface Seen {
  method: string | undefined;
  url: string | undefined;
  contentType: string | undefined;
  body: string;
}

describe('calls made from route specs', () => {
  let server: Server;
  let seen: Seen[] = [];
  let answer = { status: 200, body: undefined as unknown };
  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        seen.push({
          method: request.method,
          url: request.url,
          contentType: request.headers['content-type'],
          body,
        });
        response.statusCode = answer.status;
        if (answer.body === undefined) response.end();
        else
          response.setHeader('Content-Type', 'application/json').end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const fetchFromNode = globalThis.fetch;
    // The browser resolves the client's paths against the page; here, against the server.
    vi.stubGlobal('fetch', (path: string, init?: RequestInit) =>
      fetchFromNode(`${origin}${path}`, init),
    );
  });
  beforeEach(() => {
    seen = [];
  });
  afterAll(async () => {
    vi.unstubAllGlobals();
    await new Promise((resolve) => server.close(resolve));
  });

  it('fills in the path parameters, encoded, and the query it is given', () => {
    expect(pathOf(routes.decideSuggestion, { params: { id: 'd 1', suggestionId: 'a/b' } })).toBe(
      '/api/documents/d%201/suggestions/a%2Fb/decision',
    );
    expect(pathOf(routes.listDocuments, { query: { workspaceId: 'w1', bin: '1' } })).toBe(
      '/api/documents?workspaceId=w1&bin=1',
    );
    expect(pathOf(routes.listDocuments, { query: { workspaceId: undefined } })).toBe(
      '/api/documents',
    );
  });

  it("sends the route's method and its body as JSON, and checks the answer", async () => {
    const workspace = { id: 'w1', name: 'Carers board', createdAt: '2026-01-01T00:00:00.000Z' };
    answer = { status: 201, body: workspace };
    const result = await call(routes.createWorkspace, { body: { name: 'Carers board' } });
    expect(result).toEqual({ ok: true, data: workspace });
    expect(seen).toEqual([
      {
        method: 'POST',
        url: '/api/workspaces',
        contentType: 'application/json',
        body: JSON.stringify({ name: 'Carers board' }),
      },
    ]);
  });

  it('answers null for a route that sends no JSON', async () => {
    answer = { status: 204, body: undefined };
    expect(await call(routes.revokeToken, { params: { id: 't1' } })).toEqual({
      ok: true,
      data: null,
    });
    expect(seen[0]).toMatchObject({ method: 'DELETE', url: '/api/tokens/t1', body: '' });
  });

  it("passes on the server's words, and refuses an answer that breaks the schema", async () => {
    answer = { status: 409, body: { error: { code: 'conflict', message: 'Already decided' } } };
    expect(await call(routes.getMe)).toEqual({
      ok: false,
      problem: { status: 409, code: 'conflict', message: 'Already decided' },
    });
    answer = { status: 200, body: { not: 'a workspace' } };
    const broken = await call(routes.getWorkspace, { params: { id: 'w1' } });
    expect(broken).toMatchObject({ ok: false, problem: { code: 'internal' } });
  });
});
