// Talks JSON to the REST API. Every answer is checked against the shared schema, and every
// failure becomes one plain-English message (plus the field at fault, when the server says).
import type { z } from 'zod';
import { ErrorBody } from '@roundtable/shared/protocol/errors';

export interface ApiProblem {
  status: number;
  code: string;
  message: string;
  field?: string;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; problem: ApiProblem };

const UNREACHABLE: ApiProblem = {
  status: 0,
  code: 'unavailable',
  message: 'We could not reach Roundtable. Check your internet connection, then try again.',
};

const UNEXPECTED: ApiProblem = {
  status: 0,
  code: 'internal',
  message: 'Something went wrong on our side. Please try again in a moment.',
};

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
}

export async function requestJson<S extends z.ZodType>(
  schema: S,
  path: string,
  { method = 'GET', body }: RequestOptions = {},
): Promise<ApiResult<z.infer<S>>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers:
        body === undefined
          ? { Accept: 'application/json' }
          : {
              Accept: 'application/json',
              'Content-Type': 'application/json',
            },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, problem: UNREACHABLE };
  }
  let json: unknown = null;
  if (response.status !== 204) {
    try {
      json = await response.json();
    } catch {
      json = null;
    }
  }
  if (!response.ok) {
    const parsed = ErrorBody.safeParse(json);
    if (parsed.success) {
      const { code, message, field } = parsed.data.error;
      return { ok: false, problem: { status: response.status, code, message, field } };
    }
    return { ok: false, problem: { ...UNEXPECTED, status: response.status } };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { ok: false, problem: UNEXPECTED };
  return { ok: true, data: parsed.data };
}
