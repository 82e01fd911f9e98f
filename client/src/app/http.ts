// Talks JSON to the REST API. A call is made from a route spec in shared/protocol/routes: the
// spec gives the method and the path, and the schema that checks the answer. Every failure
// becomes one plain-English message (plus the field at fault, when the server says).
import type { z } from 'zod';
import { ErrorBody } from '@roundtable/shared/protocol/errors';
import type { RouteSpec } from '@roundtable/shared/protocol/routes';

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

type SuccessStatus = 200 | 201 | 202 | 204;

/** What a route answers on success: its schema's output, or null where it sends no JSON. */
export type AnswerOf<Route extends RouteSpec> = {
  [Status in keyof Route['responses'] & SuccessStatus]: Route['responses'][Status] extends {
    schema: z.ZodType;
  }
    ? z.output<Route['responses'][Status]['schema']>
    : null;
}[keyof Route['responses'] & SuccessStatus];

/** The path parameters and query a route takes, each only where it takes one. */
export type PathInput<Route extends RouteSpec> = (Route extends { params: z.ZodType }
  ? { params: z.input<Route['params']> }
  : { params?: never }) &
  (Route extends { query: z.ZodType } ? { query?: z.input<Route['query']> } : { query?: never });

/** All a call to a route takes: its path input, and its body where it takes one. */
export type CallInput<Route extends RouteSpec> = PathInput<Route> &
  (Route extends { body: z.ZodType } ? { body: z.input<Route['body']> } : { body?: never });

/** The input as an argument, left out where nothing in it is required. */
type Arguments<Input> = object extends Input ? [input?: Input] : [input: Input];

/** The address of a route: its path with the parameters filled in, then the query if any. */
export function pathOf<Route extends RouteSpec>(
  route: Route,
  ...[input]: Arguments<PathInput<Route>>
): string {
  const { params, query } = (input ?? {}) as { params?: object; query?: object };
  const values = (params ?? {}) as Record<string, unknown>;
  const path = route.path.replace(/:([A-Za-z]+)/g, (_, name: string) =>
    encodeURIComponent(String(values[name])),
  );
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined) search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** Sends a request to a route: its body as JSON, if it takes one, and the session cookie. */
export function fetchRoute<Route extends RouteSpec>(
  route: Route,
  ...[input]: Arguments<CallInput<Route>>
): Promise<Response> {
  const { body } = (input ?? {}) as { body?: unknown };
  const method = route.method.toUpperCase() as RequestOptions['method'];
  return fetchJson(pathOf(route, ...([input] as Arguments<PathInput<Route>>)), { method, body });
}

/** Calls a route and checks the answer against the schema its spec gives for that status. */
export function call<Route extends RouteSpec>(
  route: Route,
  ...input: Arguments<CallInput<Route>>
): Promise<ApiResult<AnswerOf<Route>>> {
  return answer(
    () => fetchRoute(route, ...input),
    (status) => route.responses[status]?.schema,
  ) as Promise<ApiResult<AnswerOf<Route>>>;
}

/** Sends a file's bytes to a route that takes an upload, and checks the answer like `call`. */
export function uploadTo<Route extends RouteSpec & { upload: { mediaType: string } }>(
  route: Route,
  input: PathInput<Route>,
  file: Blob,
): Promise<ApiResult<AnswerOf<Route>>> {
  const path = pathOf(route, ...([input] as Arguments<PathInput<Route>>));
  return answer(
    () =>
      fetch(path, {
        method: route.method.toUpperCase(),
        headers: { Accept: 'application/json', 'Content-Type': route.upload.mediaType },
        body: file,
        credentials: 'same-origin',
      }),
    (status) => route.responses[status]?.schema,
  ) as Promise<ApiResult<AnswerOf<Route>>>;
}

function fetchJson(path: string, { method = 'GET', body }: RequestOptions): Promise<Response> {
  return fetch(path, {
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
}

async function answer(
  request: () => Promise<Response>,
  answerSchema: (status: number) => z.ZodType | undefined,
): Promise<ApiResult<unknown>> {
  let response: Response;
  try {
    response = await request();
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
  const schema = answerSchema(response.status);
  if (!schema) return { ok: true, data: null };
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { ok: false, problem: UNEXPECTED };
  return { ok: true, data: parsed.data };
}
