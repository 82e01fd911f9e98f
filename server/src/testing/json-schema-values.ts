// Values for a JSON Schema (the subset zod's toJSONSchema writes into the OpenAPI document):
// a value that fits, for fuzzers that start from a valid request and then spoil it.
import { pick, type Random } from './fuzz-values.ts';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
}

/** Chooses a value for a named field, e.g. a real id; undefined lets the schema decide. */
export type FieldHint = (name: string, schema: JsonSchema) => unknown;

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

function stringFor(random: Random, schema: JsonSchema): string {
  switch (schema.format) {
    case 'email':
      return `person${Math.floor(random() * 1e6)}@example.org`;
    case 'date-time':
      return new Date(Date.now() + Math.floor(random() * 30) * 86_400_000).toISOString();
    case 'date':
      return '2026-12-24';
    default:
      break;
  }
  const min = Math.max(schema.minLength ?? 0, 1);
  const max = Math.min(schema.maxLength ?? 40, 40);
  const length = min + Math.floor(random() * Math.max(max - min + 1, 1));
  if (schema.pattern?.includes('A-Za-z0-9+/')) return 'AQID'; // base64
  if (schema.pattern?.includes('A-Za-z0-9_-'))
    return Array.from({ length }, () => pick(random, [...ID_ALPHABET])).join('');
  return (
    Array.from({ length }, () => pick(random, [...'abcdefghij klmnop']))
      .join('')
      .trim() || 'a'
  );
}

/** A value that fits `schema`, using `hint` for named fields where it has an opinion. */
export function valueFor(random: Random, schema: JsonSchema, hint: FieldHint, name = ''): unknown {
  const hinted = name ? hint(name, schema) : undefined;
  if (hinted !== undefined) return hinted;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return pick(random, schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) return valueFor(random, pick(random, choices), hint, name);
  const type = Array.isArray(schema.type) ? pick(random, schema.type) : schema.type;
  switch (type) {
    case 'object': {
      const value: Record<string, unknown> = {};
      const required = new Set(schema.required ?? []);
      for (const [key, property] of Object.entries(schema.properties ?? {}))
        if (required.has(key) || random() < 0.6) value[key] = valueFor(random, property, hint, key);
      return value;
    }
    case 'array': {
      const min = schema.minItems ?? 0;
      const max = Math.min(schema.maxItems ?? 3, 3);
      const length = min + Math.floor(random() * Math.max(max - min + 1, 1));
      return Array.from({ length }, () => valueFor(random, schema.items ?? {}, hint, name));
    }
    case 'string':
      return stringFor(random, schema);
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? (schema.exclusiveMinimum ?? -1) + 1;
      const max = schema.maximum ?? (schema.exclusiveMaximum ?? min + 100) - 1;
      const value = min + random() * Math.max(max - min, 0);
      return type === 'integer' ? Math.round(value) : value;
    }
    case 'boolean':
      return random() < 0.5;
    case 'null':
      return null;
    default:
      return 'anything';
  }
}
