// The cases of the cross-workspace test: for every REST route and /meeting command that takes an
// id, the request a facilitator of workspace A makes with workspace B's ids; and how to find, from
// the OpenAPI document and the meeting schemas, every route and command that takes an id. The
// cases themselves live in one file per family.
import { z } from 'zod';
import { ID_PATTERN } from '@roundtable/shared/protocol/ids';
import { MeetingCommandSchema } from '@roundtable/shared/protocol/meeting';
import { accessCases } from './cross-workspace-access-cases.ts';
import { discussionCases } from './cross-workspace-discussion-cases.ts';
import { documentCases, pictureCases, versionCases } from './cross-workspace-document-cases.ts';
import { consultationCases } from './cross-workspace-consultation-cases.ts';
import { hardWordCases } from './cross-workspace-hard-word-cases.ts';
import { easyReadCases } from './cross-workspace-easy-read-cases.ts';
import { eventCases } from './cross-workspace-event-cases.ts';
import type { RestCase } from './cross-workspace-ids.ts';
import { meetingRestCases } from './cross-workspace-meeting-cases.ts';
import { recruitingCases } from './cross-workspace-recruiting-cases.ts';

export { publicOperations } from './cross-workspace-consultation-cases.ts';
export { anchor, type Ids } from './cross-workspace-ids.ts';
export { commandCases } from './cross-workspace-meeting-cases.ts';

/** Every operation that takes an id, by "METHOD /path/{param}" as in the OpenAPI document. */
export const restCases: Record<string, RestCase[]> = {
  ...accessCases,
  ...documentCases,
  ...meetingRestCases,
  ...versionCases,
  ...discussionCases,
  ...hardWordCases,
  ...pictureCases,
  ...easyReadCases,
  ...eventCases,
  ...recruitingCases,
  ...consultationCases,
};

const idPattern = ID_PATTERN.source;
export type Json = Record<string, unknown>;

/** Whether a JSON schema (or any schema inside it) describes an id. */
function namesAnId(schema: unknown): boolean {
  if (Array.isArray(schema)) return schema.some(namesAnId);
  if (typeof schema !== 'object' || schema === null) return false;
  if ((schema as Json).pattern === idPattern) return true;
  return Object.values(schema).some(namesAnId);
}

/** "METHOD /path" of every operation in the OpenAPI document that takes an id anywhere. */
export function operationsTakingIds(openApi: Json): string[] {
  const found: string[] = [];
  for (const [path, operations] of Object.entries(openApi.paths as Record<string, Json>)) {
    // What anyone may read or do without signing in belongs to no workspace's members.
    if (path.startsWith('/api/public/')) continue;
    for (const [method, operation] of Object.entries(operations as Record<string, Json>)) {
      if (namesAnId(operation.parameters) || namesAnId(operation.requestBody)) {
        found.push(`${method.toUpperCase()} ${path}`);
      }
    }
  }
  return found.sort();
}

/** The type of every meeting command whose schema names an id. */
export function commandsTakingIds(): string[] {
  const json = z.toJSONSchema(MeetingCommandSchema, { io: 'input' }) as Json;
  const variants = (json.oneOf ?? json.anyOf) as Json[];
  return variants
    .filter(namesAnId)
    .map((v) => ((v.properties as Json).type as Json).const as string)
    .sort();
}
