// A seeded fuzzer for the REST API. It walks the OpenAPI document the server publishes (made
// from the same zod schemas that validate requests, so every route is there, and a new route is
// fuzzed without editing this file), builds a request for a route that fits its schemas, and
// often spoils it: wrong types, missing and extra keys, huge and odd strings, negative numbers,
// bodies that are not JSON, ids that are malformed or belong to another workspace. Callers: an
// administrator, a member, and nobody. For every request: never a 5xx, and a 4xx is always JSON
// `{ error: { code, message } }`; the server stays up. Replay a failure with the seed it prints.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody } from '@roundtable/shared/protocol/errors';
import { fuzzBudget, seededRandom } from '../testing/fuzz-budget.ts';
import { pick } from '../testing/fuzz-values.ts';
import { valueFor } from '../testing/json-schema-values.ts';
import { eventually, startTestServer, type TestServer } from '../testing/harness.ts';
import { add, makeWorkspace, type Pools } from '../testing/rest-fuzz-fixtures.ts';
import {
  bodyHint,
  encode,
  idFor,
  kindOf,
  mutate,
  queryFor,
  safeJson,
  type OpenApiOperation,
  type Operation,
} from '../testing/rest-fuzz-requests.ts';

const budget = fuzzBudget(10_000);

/**
 * 5xx answers the fuzzer has found that belong to a defect another change is fixing, keyed by
 * `METHOD /path` as in the OpenAPI document; each names its defect. A listed route may still
 * answer 5xx without failing the run (it is counted and printed). Remove an entry once its fix
 * is merged.
 */
const knownServerErrors: Record<string, string> = {};

/**
 * Routes that end the caller's sessions or tokens: fuzzed only by a throwaway person, so the
 * fuzzer's own administrator and member keep working.
 */
const endsTheCallersAccess = new Set([
  'POST /api/sign-out',
  'POST /api/sign-out-everywhere',
  'PUT /api/me/password',
]);

describe(`the REST API under random requests (${budget.replay})`, () => {
  let server: TestServer;
  let operations: Operation[];
  let memberToken: string;
  const pools: Pools = new Map();

  beforeAll(async () => {
    server = await startTestServer();
    const home = await makeWorkspace(server, pools, 'home');
    await makeWorkspace(server, pools, 'other');
    const member = await server.app.signIn.createPerson({
      name: 'Mo Member',
      email: 'mo@example.org',
      isAdmin: false,
    });
    await server.store.identity.putMembership({
      workspaceId: home.workspaceId,
      userId: member.id,
      role: 'member',
      joinedAt: new Date().toISOString(),
      inviteId: null,
    });
    add(pools, 'members:userId', 'home', member.id);
    memberToken = (await server.app.tokens.create(member.id, 'fuzz')).token;
    // Documents and tokens a DELETE may take without spoiling the fixtures.
    for (let i = 0; i < 3; i++) {
      const scratch = await server.api.request('POST', '/api/documents', {
        workspaceId: home.workspaceId,
        title: `Scratch ${i}`,
      });
      add(pools, 'documents:id', 'scratch', scratch.body.id);
      const token = await server.api.request('POST', '/api/tokens', { name: `scratch ${i}` });
      add(pools, 'tokens:id', 'scratch', token.body.id);
    }

    const document = (await (await fetch(`${server.origin}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, OpenApiOperation>>;
    };
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        pathParams: operation.parameters.filter((p) => p.in === 'path').map((p) => p.name),
        query: operation.parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, required: p.required, schema: p.schema })),
        body: operation.requestBody?.content['application/json']?.schema,
      })),
    );
    expect(operations.length).toBeGreaterThan(50);
  });
  afterAll(async () => {
    await server?.close();
  });

  // Found by this fuzzer: binary routes set their content type before loading, so a refusal
  // (not signed in, no such document) came back as JSON labelled application/octet-stream.
  it('answers a refused binary download with a JSON error', async () => {
    const [documentId] = pools.get('documents:id')!.other;
    const [versionId] = pools.get('versions:id')!.other;
    for (const [path, token] of [
      [`/api/documents/${documentId}/content`, null],
      [`/api/documents/${documentId}/content`, memberToken],
      [`/api/versions/${versionId}/content`, memberToken],
      ['/api/documents/nothing-here/content', server.adminToken],
    ] as const) {
      const response = await fetch(server.origin + path, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.headers.get('content-type'), path).toContain('application/json');
      expect(ErrorBody.safeParse(await response.json()).success, path).toBe(true);
    }
  });

  // Found by this fuzzer: an address that is not valid percent-encoding answered 500.
  it('answers an address with broken percent-encoding with 400', async () => {
    for (const path of [
      '/api/workspaces/%zz/settings',
      '/api/documents/%E0%A4%A',
      '/api/tokens/%',
    ]) {
      const response = await fetch(server.origin + path, {
        method: 'PATCH',
        headers: {
          authorization: `Bearer ${server.adminToken}`,
          'content-type': 'application/json',
        },
        body: '{}',
      });
      expect(response.status, path).toBe(400);
      expect(ErrorBody.parse(await response.json()).error.code, path).toBe('bad_request');
    }
  });

  it('never answers 5xx, always answers an error as JSON, and stays up', async () => {
    const random = seededRandom(budget.seed);
    const deadline = Date.now() + budget.ms;
    const statuses = new Map<number, number>();
    const known: string[] = [];
    /** The first 5xx per route, reported together at the end. */
    const serverErrors = new Map<string, string>();
    let cases = 0;
    while (Date.now() < deadline) {
      cases += 1;
      const operation = pick(random, operations);
      const caller = endsTheCallersAccess.has(operation.key)
        ? await throwawayToken()
        : pick(random, [server.adminToken, server.adminToken, memberToken, null]);
      let path = operation.path;
      for (const param of operation.pathParams) {
        const id = idFor(random, pools, kindOf(operation.path, param), operation.method);
        const raw = random() < 0.1; // sent as it is, not percent-encoded
        path = path.replace(`{${param}}`, raw ? id.replace(/[/?#\s]/g, '') : encode(id));
      }
      path += queryFor(random, pools, operation);
      let body: unknown;
      if (operation.body || random() < 0.1) {
        body = valueFor(
          random,
          operation.body ?? { type: 'object' },
          bodyHint(random, pools, operation.method),
        );
        if (random() < 0.5) body = mutate(random, body);
      }
      const bigBody = random() < 0.01; // over the 1 MB body limit
      const response = await fetch(server.origin + path, {
        method: operation.method,
        headers: {
          'content-type': random() < 0.95 ? 'application/json' : 'text/plain',
          ...(caller ? { authorization: `Bearer ${caller}` } : {}),
        },
        ...(operation.method === 'GET' || operation.method === 'HEAD' || body === undefined
          ? {}
          : {
              body: bigBody
                ? JSON.stringify({ name: 'x'.repeat(1_100_000) })
                : typeof body === 'string'
                  ? body
                  : JSON.stringify(body ?? null),
            }),
      });
      const text = await response.text();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      const replay = `${budget.replay}, case ${cases}: ${operation.method} ${path.slice(0, 300)} as ${
        caller === server.adminToken
          ? 'admin'
          : caller === memberToken
            ? 'member'
            : caller
              ? 'throwaway'
              : 'nobody'
      } with ${safeJson(body)} → ${response.status} ${text.slice(0, 300)}`;
      if (response.status >= 500) {
        if (operation.key in knownServerErrors) {
          known.push(replay);
          continue;
        }
        if (!serverErrors.has(operation.key)) serverErrors.set(operation.key, replay);
        continue;
      }
      // 431: Node's HTTP parser refuses an address over 16 KiB before any of our code runs.
      if (response.status >= 400 && response.status !== 431) {
        expect(response.headers.get('content-type') ?? '', replay).toContain('application/json');
        const parsed = ErrorBody.safeParse(JSON.parse(text));
        expect(parsed.error?.issues, replay).toBeUndefined();
      }
    }
    if (process.env.FUZZ_VERBOSE) console.log(budget.replay, cases, Object.fromEntries(statuses));
    expect(
      [...serverErrors.values()],
      `server errors on ${serverErrors.size} routes:\n${[...serverErrors.values()].join('\n')}\n`,
    ).toEqual([]);
    if (known.length > 0)
      console.warn(`known server errors (${known.length}):\n${known.join('\n')}`);
    expect(
      [...statuses.keys()].some((status) => status < 300),
      'no request ever succeeded',
    ).toBe(true);

    // The server is up and the fixtures still work for a well-behaved script, which waits when
    // told to slow down (the fuzzer used up its rate limits).
    expect((await fetch(`${server.origin}/healthz`)).status).toBe(200);
    const politely = async (method: string, path: string, body?: unknown) => {
      let response: Awaited<ReturnType<typeof server.api.request>> | undefined;
      await eventually(async () => {
        response = await server.api.as(memberToken).request(method, path, body);
        expect(response.status).not.toBe(429);
      }, 20_000);
      return response!;
    };
    const [homeDocument] = pools.get('documents:id')!.home;
    expect((await politely('GET', `/api/documents/${homeDocument}`)).status, budget.replay).toBe(
      200,
    );
    const [homeWorkspace] = pools.get('workspaces:id')!.home;
    const made = await politely('POST', '/api/documents', {
      workspaceId: homeWorkspace,
      title: 'After the storm',
    });
    expect(made.status, budget.replay).toBe(201);
  });

  let throwaways = 0;
  /** A new person's token, for routes that end the caller's sessions or tokens. */
  async function throwawayToken(): Promise<string> {
    throwaways += 1;
    const person = await server.app.signIn.createPerson({
      name: `Throwaway ${throwaways}`,
      email: null,
      isAdmin: false,
    });
    return (await server.app.tokens.create(person.id, 'fuzz')).token;
  }
});
