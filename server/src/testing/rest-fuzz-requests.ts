// Request generation for the REST fuzzer: operations from the OpenAPI document, ids, bodies, queries.
import { arbitraryString, arbitraryValue, pick, type Random } from './fuzz-values.ts';
import { valueFor, type JsonSchema } from './json-schema-values.ts';
import type { Pools } from './rest-fuzz-fixtures.ts';

export interface Operation {
  key: string;
  method: string;
  path: string;
  pathParams: string[];
  query: Array<{ name: string; required: boolean; schema: JsonSchema }>;
  body: JsonSchema | undefined;
}

/** What a path parameter names, from the path segment before it. */
export const kindOf = (path: string, param: string): string => {
  const segments = path.split('/');
  const index = segments.indexOf(`{${param}}`);
  return `${segments[index - 1]}:${param}`;
};

export interface OpenApiOperation {
  parameters: Array<{ name: string; in: 'path' | 'query'; required: boolean; schema: JsonSchema }>;
  requestBody?: { content: Record<string, { schema: JsonSchema } | undefined> };
}

/** An id for a path parameter or a body field: real (this workspace or another), or not. */
export const idFor = (random: Random, pools: Pools, kind: string, method: string): string => {
  const pool = pools.get(kind);
  const roll = random();
  if (pool && roll < 0.7) {
    // A DELETE (or a change to someone's membership) takes a scratch id where there is one.
    const mine =
      (method === 'DELETE' || kind === 'members:userId') && pool.scratch.length > 0
        ? pool.scratch
        : [...pool.home, ...pool.scratch.filter(() => kind !== 'tokens:id')];
    return pick(
      random,
      roll < 0.45 && mine.length > 0 ? mine : pool.other.length > 0 ? pool.other : mine,
    );
  }
  return pick(random, [
    () => Math.floor(random() * 1e12).toString(36),
    () => 'x'.repeat(65),
    () => 'a'.repeat(1 + Math.floor(random() * 3000)),
    () => arbitraryString(random),
    () => '..',
    () => '%2e%2e%2fetc',
    () => '%zz',
    () => '-1',
  ])();
};

export const bodyHint =
  (random: Random, pools: Pools, method: string) =>
  (name: string, schema: JsonSchema): unknown => {
    if (random() < 0.5) return undefined;
    if (name === 'workspaceId') return idFor(random, pools, 'workspaces:id', method);
    if (name === 'documentId' || name === 'documentIds')
      return schema.type === 'array'
        ? [idFor(random, pools, 'documents:id', method)]
        : idFor(random, pools, 'documents:id', method);
    if (name === 'id' || name === 'commentId')
      return random() < 0.5 ? idFor(random, pools, 'comments:id', method) : undefined;
    return undefined;
  };

/** Spoils one part of a valid body. */
export const mutate = (random: Random, body: unknown): unknown => {
  const record =
    body && typeof body === 'object' && !Array.isArray(body)
      ? { ...(body as Record<string, unknown>) }
      : {};
  const keys = Object.keys(record);
  switch (Math.floor(random() * 8)) {
    case 0:
      if (keys.length > 0) delete record[pick(random, keys)];
      return record;
    case 1:
      if (keys.length > 0) record[pick(random, keys)] = arbitraryValue(random, 3);
      return record;
    case 2:
      record[pick(random, ['__proto__', 'constructor', 'extra', 'isAdmin', 'role'])] =
        arbitraryValue(random, 2);
      return JSON.parse(JSON.stringify(record)) as unknown;
    case 3:
      if (keys.length > 0)
        record[pick(random, keys)] = 'é👩🏽‍🦯'.repeat(1 + Math.floor(random() * 30_000));
      return record;
    case 4:
      if (keys.length > 0) record[pick(random, keys)] = pick(random, [-1, -1e308, 0, 2 ** 53, 1.5]);
      return record;
    case 5:
      return arbitraryValue(random, 5);
    case 6:
      return pick(random, ['{"unterminated', '[1,2', 'null', '"a string"', '\u0000', '']);
    default:
      return [record];
  }
};

export const queryFor = (random: Random, pools: Pools, operation: Operation): string => {
  const parts: string[] = [];
  for (const { name, required, schema } of operation.query) {
    if (!required && random() < 0.4) continue;
    let value: unknown =
      name === 'workspaceId'
        ? idFor(random, pools, 'workspaces:id', operation.method)
        : name === 'version'
          ? idFor(random, pools, 'versions:id', operation.method)
          : valueFor(random, schema, () => undefined);
    if (random() < 0.25) value = arbitraryString(random);
    parts.push(`${encode(name)}=${encode(String(value))}`);
    if (random() < 0.1) parts.push(`${encodeURIComponent(name)}=again`); // becomes an array
  }
  if (random() < 0.1) parts.push(`__proto__[polluted]=1&constructor[prototype][x]=1`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
};

/** Percent-encodes, turning a lone surrogate (which cannot be encoded) into U+FFFD first. */
export function encode(text: string): string {
  return encodeURIComponent(text.replace(/[\uD800-\uDFFF]/gu, '\uFFFD'));
}

export function safeJson(value: unknown): string {
  try {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} characters)` : text;
  } catch {
    return '(unprintable)';
  }
}
