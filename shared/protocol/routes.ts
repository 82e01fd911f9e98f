// Every REST route, as plain data (see routes/spec.ts). The server registers each handler from
// its spec and writes the OpenAPI document from them; the browser derives its calls from them.
import * as access from './routes/access.ts';
import * as comments from './routes/comments.ts';
import * as consultations from './routes/consultations.ts';
import * as documents from './routes/documents.ts';
import * as hardWords from './routes/hard-words.ts';
import * as easyRead from './routes/easy-read.ts';
import * as events from './routes/events.ts';
import * as meetings from './routes/meetings.ts';
import * as members from './routes/members.ts';
import * as notices from './routes/notices.ts';
import * as personalData from './routes/personal-data.ts';
import * as pictures from './routes/pictures.ts';
import * as proposals from './routes/proposals.ts';
import * as recruiting from './routes/recruiting.ts';
import * as retention from './routes/retention.ts';
import type { RouteSpec } from './routes/spec.ts';
import * as suggestions from './routes/suggestions.ts';
import * as versions from './routes/versions.ts';
import * as workspaces from './routes/workspaces.ts';

export * from './routes/access.ts';
export * from './routes/comments.ts';
export * from './routes/consultations.ts';
export * from './routes/documents.ts';
export * from './routes/hard-words.ts';
export * from './routes/easy-read.ts';
export * from './routes/events.ts';
export * from './routes/meetings.ts';
export * from './routes/members.ts';
export * from './routes/notices.ts';
export * from './routes/personal-data.ts';
export * from './routes/pictures.ts';
export * from './routes/proposals.ts';
export * from './routes/recruiting.ts';
export * from './routes/retention.ts';
export * from './routes/suggestions.ts';
export * from './routes/versions.ts';
export * from './routes/workspaces.ts';
export type { Method, RouteSpec } from './routes/spec.ts';

/** Every route the server serves under /api (besides /api/openapi.json, made from these). */
export const allRoutes: readonly RouteSpec[] = [
  access,
  members,
  personalData,
  retention,
  workspaces,
  documents,
  easyRead,
  meetings,
  versions,
  proposals,
  suggestions,
  comments,
  hardWords,
  pictures,
  notices,
  events,
  recruiting,
  consultations,
].flatMap((area) => Object.values(area));
