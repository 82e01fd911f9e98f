// A REST route as plain data: its method, its path, and the zod schemas of its path parameters,
// query, body and answers. The server validates requests and writes the OpenAPI document from
// these; the browser builds its calls and checks the answers with the same ones.
import { z } from 'zod';
import { Id } from '../ids.ts';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface RouteSpec<
  Params extends z.ZodType = z.ZodType,
  Query extends z.ZodType = z.ZodType,
  Body extends z.ZodType = z.ZodType,
> {
  method: Method;
  /** Express-style path, e.g. `/api/documents/:id`. */
  path: string;
  summary: string;
  tag: string;
  params?: Params;
  query?: Query;
  body?: Body;
  /** The body is a file's bytes, not JSON (the handler reads it, within its own limit). */
  upload?: { mediaType: string };
  responses: Record<number, { description: string; schema?: z.ZodType }>;
}

/** Declares a route, keeping its exact schemas in the type so calls to it are typed. */
export const route = <const Spec extends RouteSpec>(spec: Spec): Spec => spec;

/** The path parameters of a route about one thing, named by its id. */
export const ById = z.object({ id: Id });
