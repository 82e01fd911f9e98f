// The OpenAPI 3.1 document, generated from the same route specs and zod schemas that validate
// requests, so the description cannot drift from the behaviour.
import { z } from 'zod';
import type { RouteSpec } from '@roundtable/shared/protocol/routes';

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  delete json.$schema;
  return json;
};

function parametersOf(schema: z.ZodType | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const json = toSchema(schema, 'input');
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: property,
  }));
}

export function buildOpenApi(specs: readonly RouteSpec[], version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const spec of specs) {
    const path = spec.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const operation: JsonSchema = {
      summary: spec.summary,
      tags: [spec.tag],
      parameters: [...parametersOf(spec.params, 'path'), ...parametersOf(spec.query, 'query')],
      responses: Object.fromEntries(
        Object.entries(spec.responses).map(([status, response]) => [
          status,
          {
            description: response.description,
            ...(response.schema
              ? { content: { 'application/json': { schema: toSchema(response.schema, 'output') } } }
              : {}),
          },
        ]),
      ),
    };
    if (spec.upload) {
      operation.requestBody = {
        required: true,
        content: { [spec.upload.mediaType]: { schema: { type: 'string', format: 'binary' } } },
      };
    }
    if (spec.body) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: toSchema(spec.body, 'input') } },
      };
    }
    (paths[path] ??= {})[spec.method] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Roundtable API',
      version,
      description:
        'Workspaces and documents. Document content is edited over the y-websocket protocol at /collab/<documentId>.',
    },
    paths,
  };
}
