// The REST routes and their description, checked against the route specs in
// shared/protocol/routes: Express serves exactly the routes the specs declare (so a route cannot
// exist without a spec, nor a spec without a route), and the OpenAPI document describes every
// one of them with its method, path parameters, query, request body and answers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Express } from 'express';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allRoutes, type RouteSpec } from '@roundtable/shared/protocol/routes';
import { loadConfig } from '../config.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';
import { createExpressApp, type ExpressAppOptions } from './express-app.ts';
import { buildOpenApi } from './openapi.ts';

type Json = Record<string, unknown>;

/** The route besides the specs: the document made from them. */
const OPENAPI = 'GET /api/openapi.json';

const keyOf = (spec: RouteSpec) => `${spec.method.toUpperCase()} ${spec.path}`;
const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output'): Json => {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json;
  delete json.$schema;
  return json;
};

/** The keys of an object schema (the path parameters or the query a route takes). */
const namesIn = (schema: z.ZodType | undefined): string[] =>
  schema ? Object.keys((jsonSchema(schema, 'input').properties ?? {}) as Json).sort() : [];

/** Whatever the app asks of it while it is being built, it gets another stand-in. */
const standIn: unknown = new Proxy(() => undefined, {
  get: (_target, key) => (key === 'then' ? undefined : standIn),
  apply: () => standIn,
});

interface Layer {
  route?: { path: unknown; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
  slash?: boolean;
}

/** "METHOD /path" of every route in an Express router, nested routers included. */
function routesIn(stack: Layer[]): string[] {
  return stack.flatMap((layer) => {
    if (layer.route) {
      const { path, methods } = layer.route;
      return Object.keys(methods).map((method) => `${method.toUpperCase()} ${String(path)}`);
    }
    const nested = layer.handle?.stack;
    if (!nested) return [];
    // Route modules are mounted at the root, so their paths are whole; a prefix would be lost.
    if (!layer.slash) throw new Error('A router is mounted under a path: list its routes here');
    return routesIn(nested);
  });
}

describe('the route specs', () => {
  it('name each route once', () => {
    const keys = allRoutes.map(keyOf);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBeGreaterThan(60);
  });

  it('are what Express serves under /api: no route without a spec, no spec without a route', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-routes-'));
    try {
      const config = loadConfig({ PORT: '0', DATA_DIR: dataDir }, process.cwd());
      // Building the app only registers handlers: it needs a real config, and stand-ins for
      // the services and the rest, which no request reaches here.
      const given: Record<string, unknown> = {
        config,
        logger: pino({ level: 'silent' }),
        now: () => new Date(),
        version: 'test',
      };
      const options = new Proxy(given, {
        get: (target, key) => (typeof key === 'string' && key in target ? target[key] : standIn),
      });
      const app: Express = createExpressApp(options as unknown as ExpressAppOptions);
      const served = routesIn(app.router.stack as Layer[]).filter((key) =>
        key.split(' ')[1]?.startsWith('/api'),
      );
      expect(served.filter((key) => served.indexOf(key) !== served.lastIndexOf(key))).toEqual([]);
      expect(served.filter((key) => key !== OPENAPI).sort()).toEqual(allRoutes.map(keyOf).sort());
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('the OpenAPI document', () => {
  let server: TestServer;
  let document: { paths: Record<string, Record<string, Json>>; info: Json };
  beforeAll(async () => {
    server = await startTestServer();
    document = (await server.api.request('GET', '/api/openapi.json')).body as typeof document;
  });
  afterAll(async () => {
    await server.close();
  });

  it('is made from the shared route specs, and only from them', () => {
    expect(document).toEqual(buildOpenApi(allRoutes, String(document.info.version)));
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual(
      allRoutes.map((spec) => `${spec.method.toUpperCase()} ${openApiPath(spec.path)}`).sort(),
    );
  });

  describe.each(allRoutes.map((spec) => [keyOf(spec), spec] as const))('%s', (_key, spec) => {
    const operation = () => {
      const found = document.paths[openApiPath(spec.path)]?.[spec.method];
      expect(found, 'described').toBeDefined();
      return found as Json;
    };
    const parameters = (where: 'path' | 'query') =>
      (operation().parameters as Array<Json & { name: string }>).filter((p) => p.in === where);

    it('with its summary, and each path parameter of its path', () => {
      expect(operation()).toMatchObject({ summary: spec.summary, tags: [spec.tag] });
      const inPath = [...spec.path.matchAll(/:([A-Za-z]+)/g)].map((match) => match[1]).sort();
      expect(namesIn(spec.params)).toEqual(inPath);
      const described = parameters('path');
      expect(described.map((p) => p.name).sort()).toEqual(inPath);
      for (const parameter of described) expect(parameter.required).toBe(true);
    });

    it('with its query', () => {
      expect(
        parameters('query')
          .map((p) => p.name)
          .sort(),
      ).toEqual(namesIn(spec.query));
    });

    it('with its request body', () => {
      const body = operation().requestBody;
      if (spec.upload) {
        expect(body).toEqual({
          required: true,
          content: { [spec.upload.mediaType]: { schema: { type: 'string', format: 'binary' } } },
        });
      } else if (!spec.body) expect(body).toBeUndefined();
      else {
        expect(body).toEqual({
          required: true,
          content: { 'application/json': { schema: jsonSchema(spec.body, 'input') } },
        });
      }
    });

    it('with each of its answers', () => {
      const expected = Object.fromEntries(
        Object.entries(spec.responses).map(([status, { description, schema }]) => [
          status,
          {
            description,
            ...(schema
              ? { content: { 'application/json': { schema: jsonSchema(schema, 'output') } } }
              : {}),
          },
        ]),
      );
      expect(operation().responses).toEqual(expected);
      expect(Object.keys(expected).some((status) => status.startsWith('2'))).toBe(true);
    });
  });
});
