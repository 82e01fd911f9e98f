// The cases of the cross-workspace test: for every REST route and /meeting command that takes an
// id, the request a facilitator of workspace A makes with workspace B's ids; and how to find, from
// the OpenAPI document and the meeting schemas, every route and command that takes an id.
import { z } from 'zod';
import { ID_PATTERN } from '@roundtable/shared/protocol/ids';
import { MeetingCommandSchema } from '@roundtable/shared/protocol/meeting';

/** Ids of one workspace and the things in it. */
export interface Ids {
  workspace: string;
  document: string;
  version: string;
  suggestion: string;
  proposal: string;
  thread: string;
  comment: string;
  meeting: string;
  agendaItem: string;
  poll: string;
  action: string;
  invite: string;
  member: string;
  token: string;
}

export type Request = [method: string, path: string, body?: unknown];
export interface RestCase {
  /** What is tried, in words. */
  what: string;
  request: (a: Ids, b: Ids) => Request;
  /** Also refused for the administrator: an id of B travels with one of A's. */
  mixed?: boolean;
  /** Refusals other than 403/404 that also change nothing (a client-chosen id already taken). */
  status?: number[];
}

export const anchor = { start: 'AQID', end: 'BAUG' };
const meetingBody = (extra: Record<string, unknown>) => ({
  title: 'Workshop',
  startsAt: '2026-12-01T10:00:00Z',
  ...extra,
});

/** Every operation that takes an id, by "METHOD /path/{param}" as in the OpenAPI document. */
export const restCases: Record<string, RestCase[]> = {
  'DELETE /api/tokens/{id}': [
    { what: 'revoke a B member’s token', request: (_a, b) => ['DELETE', `/api/tokens/${b.token}`] },
  ],
  'GET /api/workspaces/{id}/members': [
    {
      what: 'list B’s members',
      request: (_a, b) => ['GET', `/api/workspaces/${b.workspace}/members`],
    },
  ],
  'PATCH /api/workspaces/{id}/members/{userId}': [
    {
      what: 'change a role in B',
      request: (_a, b) => [
        'PATCH',
        `/api/workspaces/${b.workspace}/members/${b.member}`,
        { role: 'observer' },
      ],
    },
    {
      what: 'change a B member’s role through A',
      mixed: true,
      request: (a, b) => [
        'PATCH',
        `/api/workspaces/${a.workspace}/members/${b.member}`,
        { role: 'observer' },
      ],
    },
  ],
  'DELETE /api/workspaces/{id}/members/{userId}': [
    {
      what: 'remove a member of B',
      request: (_a, b) => ['DELETE', `/api/workspaces/${b.workspace}/members/${b.member}`],
    },
    {
      what: 'remove a B member through A',
      mixed: true,
      request: (a, b) => ['DELETE', `/api/workspaces/${a.workspace}/members/${b.member}`],
    },
  ],
  'POST /api/workspaces/{id}/members/{userId}/sign-in-link': [
    {
      what: 'make a sign-in link in B',
      request: (_a, b) => [
        'POST',
        `/api/workspaces/${b.workspace}/members/${b.member}/sign-in-link`,
      ],
    },
    {
      what: 'make a sign-in link for a B member through A',
      mixed: true,
      request: (a, b) => [
        'POST',
        `/api/workspaces/${a.workspace}/members/${b.member}/sign-in-link`,
      ],
    },
  ],
  'POST /api/workspaces/{id}/invites': [
    {
      what: 'make an invite link to B',
      request: (_a, b) => ['POST', `/api/workspaces/${b.workspace}/invites`, { role: 'member' }],
    },
  ],
  'GET /api/workspaces/{id}/invites': [
    {
      what: 'list B’s invites',
      request: (_a, b) => ['GET', `/api/workspaces/${b.workspace}/invites`],
    },
  ],
  'DELETE /api/workspaces/{id}/invites/{inviteId}': [
    {
      what: 'revoke B’s invite',
      request: (_a, b) => ['DELETE', `/api/workspaces/${b.workspace}/invites/${b.invite}`],
    },
    {
      what: 'revoke B’s invite through A',
      mixed: true,
      request: (a, b) => ['DELETE', `/api/workspaces/${a.workspace}/invites/${b.invite}`],
    },
  ],
  'GET /api/workspaces/{id}/audit': [
    {
      what: 'read B’s audit log',
      request: (_a, b) => ['GET', `/api/workspaces/${b.workspace}/audit`],
    },
  ],
  'GET /api/workspaces/{id}': [
    { what: 'read B', request: (_a, b) => ['GET', `/api/workspaces/${b.workspace}`] },
  ],
  'PATCH /api/workspaces/{id}': [
    {
      what: 'rename B',
      request: (_a, b) => ['PATCH', `/api/workspaces/${b.workspace}`, { name: 'Taken' }],
    },
  ],
  'GET /api/workspaces/{id}/settings': [
    {
      what: 'read B’s settings',
      request: (_a, b) => ['GET', `/api/workspaces/${b.workspace}/settings`],
    },
  ],
  'PUT /api/workspaces/{id}/settings': [
    {
      what: 'replace B’s settings',
      request: (_a, b) => [
        'PUT',
        `/api/workspaces/${b.workspace}/settings`,
        { agreementRule: { kind: 'share', percent: 50 } },
      ],
    },
  ],
  'PATCH /api/workspaces/{id}/settings': [
    {
      what: 'change B’s settings',
      request: (_a, b) => [
        'PATCH',
        `/api/workspaces/${b.workspace}/settings`,
        { agreementRule: { kind: 'share', percent: 50 } },
      ],
    },
  ],
  'GET /api/documents': [
    {
      what: 'list B’s documents',
      request: (_a, b) => ['GET', `/api/documents?workspaceId=${b.workspace}`],
    },
  ],
  'POST /api/documents': [
    {
      what: 'create a document in B',
      request: (_a, b) => ['POST', '/api/documents', { workspaceId: b.workspace, title: 'Mine' }],
    },
  ],
  'GET /api/documents/{id}': [
    { what: 'read B’s document', request: (_a, b) => ['GET', `/api/documents/${b.document}`] },
  ],
  'PATCH /api/documents/{id}': [
    {
      what: 'rename B’s document',
      request: (_a, b) => ['PATCH', `/api/documents/${b.document}`, { title: 'Taken' }],
    },
  ],
  'DELETE /api/documents/{id}': [
    { what: 'bin B’s document', request: (_a, b) => ['DELETE', `/api/documents/${b.document}`] },
  ],
  'POST /api/documents/{id}/restore': [
    {
      what: 'restore B’s document from the bin',
      request: (_a, b) => ['POST', `/api/documents/${b.document}/restore`],
    },
  ],
  'POST /api/workspaces/{id}/meetings': [
    {
      what: 'schedule a meeting in B',
      request: (_a, b) => ['POST', `/api/workspaces/${b.workspace}/meetings`, meetingBody({})],
    },
    {
      what: 'schedule a meeting in A on B’s document',
      mixed: true,
      request: (a, b) => [
        'POST',
        `/api/workspaces/${a.workspace}/meetings`,
        meetingBody({ documentIds: [a.document, b.document] }),
      ],
    },
    {
      what: 'schedule a meeting in A whose agenda links to B’s document',
      mixed: true,
      request: (a, b) => [
        'POST',
        `/api/workspaces/${a.workspace}/meetings`,
        meetingBody({
          agenda: [{ title: 'Theirs', minutes: 5, link: { documentId: b.document, heading: 'H' } }],
        }),
      ],
    },
  ],
  'GET /api/workspaces/{id}/meetings': [
    {
      what: 'list B’s meetings',
      request: (_a, b) => ['GET', `/api/workspaces/${b.workspace}/meetings`],
    },
  ],
  'GET /api/meetings/{id}': [
    { what: 'read B’s meeting', request: (_a, b) => ['GET', `/api/meetings/${b.meeting}`] },
  ],
  'GET /api/workspaces/{id}/actions': [
    {
      what: 'read B’s actions',
      request: (_a, b) => ['GET', `/api/workspaces/${b.workspace}/actions`],
    },
  ],
  'PATCH /api/meetings/{id}/actions/{actionId}': [
    {
      what: 'mark B’s action done',
      request: (_a, b) => [
        'PATCH',
        `/api/meetings/${b.meeting}/actions/${b.action}`,
        { status: 'done' },
      ],
    },
    {
      what: 'mark B’s action done through A’s meeting',
      mixed: true,
      request: (a, b) => [
        'PATCH',
        `/api/meetings/${a.meeting}/actions/${b.action}`,
        { status: 'done' },
      ],
    },
  ],
  'GET /api/documents/{id}/export': [
    {
      what: 'export B’s document',
      request: (_a, b) => ['GET', `/api/documents/${b.document}/export?format=md`],
    },
    {
      what: 'export B’s version as A’s document',
      mixed: true,
      request: (a, b) => [
        'GET',
        `/api/documents/${a.document}/export?format=md&version=${b.version}`,
      ],
    },
  ],
  'GET /api/documents/{id}/versions': [
    {
      what: 'list B’s versions',
      request: (_a, b) => ['GET', `/api/documents/${b.document}/versions`],
    },
  ],
  'POST /api/documents/{id}/versions': [
    {
      what: 'save a version in B',
      request: (_a, b) => ['POST', `/api/documents/${b.document}/versions`, { name: 'Mine' }],
    },
  ],
  'GET /api/documents/{id}/content': [
    { what: 'read B’s draft', request: (_a, b) => ['GET', `/api/documents/${b.document}/content`] },
  ],
  'GET /api/versions/{id}': [
    { what: 'read B’s version', request: (_a, b) => ['GET', `/api/versions/${b.version}`] },
  ],
  'PATCH /api/versions/{id}': [
    {
      what: 'rename B’s version',
      request: (_a, b) => ['PATCH', `/api/versions/${b.version}`, { name: 'Taken' }],
    },
  ],
  'DELETE /api/versions/{id}': [
    { what: 'delete B’s version', request: (_a, b) => ['DELETE', `/api/versions/${b.version}`] },
  ],
  'GET /api/versions/{id}/content': [
    {
      what: 'read B’s version content',
      request: (_a, b) => ['GET', `/api/versions/${b.version}/content`],
    },
  ],
  'POST /api/versions/{id}/restore': [
    {
      what: 'restore B’s version',
      request: (_a, b) => ['POST', `/api/versions/${b.version}/restore`],
    },
  ],
  'GET /api/documents/{id}/authors': [
    {
      what: 'read B’s authors',
      request: (_a, b) => ['GET', `/api/documents/${b.document}/authors`],
    },
  ],
  'POST /api/versions/{id}/proposals': [
    {
      what: 'propose B’s version',
      request: (_a, b) => [
        'POST',
        `/api/versions/${b.version}/proposals`,
        { closesAt: '2099-01-01T10:00:00Z' },
      ],
    },
  ],
  'GET /api/documents/{id}/proposals': [
    {
      what: 'list B’s proposals',
      request: (_a, b) => ['GET', `/api/documents/${b.document}/proposals`],
    },
  ],
  'GET /api/proposals/{id}': [
    { what: 'read B’s proposal', request: (_a, b) => ['GET', `/api/proposals/${b.proposal}`] },
  ],
  'PUT /api/proposals/{id}/response': [
    {
      what: 'respond to B’s proposal',
      request: (_a, b) => ['PUT', `/api/proposals/${b.proposal}/response`, { kind: 'agree' }],
    },
  ],
  'POST /api/proposals/{id}/withdraw': [
    {
      what: 'withdraw B’s proposal',
      request: (_a, b) => ['POST', `/api/proposals/${b.proposal}/withdraw`],
    },
  ],
  'GET /api/documents/{id}/suggestion-decisions': [
    {
      what: 'list B’s decisions',
      request: (_a, b) => ['GET', `/api/documents/${b.document}/suggestion-decisions`],
    },
  ],
  'POST /api/documents/{id}/suggestions/{suggestionId}/decision': [
    {
      what: 'reject B’s suggestion',
      request: (_a, b) => [
        'POST',
        `/api/documents/${b.document}/suggestions/${b.suggestion}/decision`,
        { outcome: 'rejected' },
      ],
    },
    {
      what: 'reject B’s suggestion through A’s document',
      mixed: true,
      request: (a, b) => [
        'POST',
        `/api/documents/${a.document}/suggestions/${b.suggestion}/decision`,
        { outcome: 'rejected' },
      ],
    },
  ],
  'GET /api/documents/{id}/review': [
    { what: 'read B’s review', request: (_a, b) => ['GET', `/api/documents/${b.document}/review`] },
  ],
  'PUT /api/documents/{id}/review': [
    {
      what: 'put B’s draft in review',
      request: (_a, b) => ['PUT', `/api/documents/${b.document}/review`, { inReview: true }],
    },
  ],
  'GET /api/documents/{id}/comments': [
    {
      what: 'read B’s comments',
      request: (_a, b) => ['GET', `/api/documents/${b.document}/comments`],
    },
  ],
  'POST /api/documents/{id}/comments': [
    {
      what: 'comment on B’s document',
      request: (_a, b) => [
        'POST',
        `/api/documents/${b.document}/comments`,
        { id: 'mine-t', commentId: 'mine-c', anchor, quote: 'q', body: 'Hello' },
      ],
    },
    {
      what: 'start a thread in A with B’s thread id',
      mixed: true,
      status: [409],
      request: (a, b) => [
        'POST',
        `/api/documents/${a.document}/comments`,
        { id: b.thread, commentId: 'mine-c2', anchor, quote: 'q', body: 'Hello' },
      ],
    },
    {
      what: 'start a thread in A with B’s comment id',
      mixed: true,
      status: [409],
      request: (a, b) => [
        'POST',
        `/api/documents/${a.document}/comments`,
        { id: 'mine-t3', commentId: b.comment, anchor, quote: 'q', body: 'Hello' },
      ],
    },
  ],
  'POST /api/comment-threads/{id}/replies': [
    {
      what: 'reply in B’s thread',
      request: (_a, b) => [
        'POST',
        `/api/comment-threads/${b.thread}/replies`,
        { id: 'mine-r', body: 'Hi' },
      ],
    },
    {
      what: 'reply in A’s thread with B’s comment id',
      mixed: true,
      status: [409],
      request: (a, b) => [
        'POST',
        `/api/comment-threads/${a.thread}/replies`,
        { id: b.comment, body: 'Hi' },
      ],
    },
  ],
  'POST /api/comment-threads/{id}/resolve': [
    {
      what: 'resolve B’s thread',
      request: (_a, b) => ['POST', `/api/comment-threads/${b.thread}/resolve`],
    },
  ],
  'POST /api/comment-threads/{id}/reopen': [
    {
      what: 'reopen B’s thread',
      request: (_a, b) => ['POST', `/api/comment-threads/${b.thread}/reopen`],
    },
  ],
  'PATCH /api/comments/{id}': [
    {
      what: 'edit B’s comment',
      request: (_a, b) => ['PATCH', `/api/comments/${b.comment}`, { body: 'Changed' }],
    },
  ],
  'DELETE /api/comments/{id}': [
    { what: 'delete B’s comment', request: (_a, b) => ['DELETE', `/api/comments/${b.comment}`] },
  ],
};

export type Command = Record<string, unknown> & { type: string };
export interface EventCase {
  what: string;
  /** Sent on A's meeting, which the sender has joined. */
  command: (a: Ids, b: Ids) => Command;
}

/** Every meeting command that names an id, by its type. */
export const commandCases: Record<string, EventCase[]> = {
  'agenda:add': [
    {
      what: 'link an agenda item to B’s document',
      command: (_a, b) => ({
        type: 'agenda:add',
        title: 'Theirs',
        minutes: 5,
        link: { documentId: b.document, heading: 'H' },
      }),
    },
  ],
  'agenda:edit': [
    {
      what: 'edit B’s agenda item',
      command: (_a, b) => ({
        type: 'agenda:edit',
        itemId: b.agendaItem,
        title: 'Taken',
        minutes: 5,
        link: null,
      }),
    },
    {
      what: 'link A’s agenda item to B’s document',
      command: (a, b) => ({
        type: 'agenda:edit',
        itemId: a.agendaItem,
        title: 'Theirs',
        minutes: 5,
        link: { documentId: b.document, heading: 'H' },
      }),
    },
  ],
  'agenda:move': [
    {
      what: 'move B’s agenda item',
      command: (_a, b) => ({ type: 'agenda:move', itemId: b.agendaItem, direction: 'up' }),
    },
  ],
  'agenda:remove': [
    {
      what: 'remove B’s agenda item',
      command: (_a, b) => ({ type: 'agenda:remove', itemId: b.agendaItem }),
    },
  ],
  'agenda:go': [
    {
      what: 'go to B’s agenda item',
      command: (_a, b) => ({ type: 'agenda:go', itemId: b.agendaItem }),
    },
  ],
  'hand:speak': [
    {
      what: 'call a member of B to speak',
      command: (_a, b) => ({ type: 'hand:speak', userId: b.member }),
    },
  ],
  'poll:open': [
    {
      what: 'ask A’s meeting to agree (and lock) B’s version',
      command: (_a, b) => ({
        type: 'poll:open',
        question: 'Agree theirs?',
        kind: 'agreement',
        versionId: b.version,
        locksDraft: true,
      }),
    },
    {
      what: 'put B’s suggestion to A’s meeting',
      command: (_a, b) => ({
        type: 'poll:open',
        question: 'Reject theirs?',
        kind: 'agree',
        suggestion: { documentId: b.document, suggestionId: b.suggestion, summary: 'theirs' },
      }),
    },
  ],
  'poll:vote': [
    {
      what: 'vote in B’s poll',
      command: (_a, b) => ({ type: 'poll:vote', pollId: b.poll, optionId: 'agree' }),
    },
  ],
  'poll:close': [
    { what: 'close B’s poll', command: (_a, b) => ({ type: 'poll:close', pollId: b.poll }) },
  ],
  'follow:invite': [
    {
      what: 'bring everyone to B’s document',
      command: (_a, b) => ({ type: 'follow:invite', documentId: b.document, heading: 'H' }),
    },
  ],
  'decision:record': [
    {
      what: 'record a decision on B’s poll',
      command: (_a, b) => ({ type: 'decision:record', text: 'Decided', pollId: b.poll }),
    },
    {
      what: 'record a decision on B’s agenda item',
      command: (_a, b) => ({
        type: 'decision:record',
        text: 'Decided',
        agendaItemId: b.agendaItem,
      }),
    },
  ],
  'action:update': [
    {
      what: 'mark B’s action done',
      command: (_a, b) => ({ type: 'action:update', actionId: b.action, status: 'done' }),
    },
  ],
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
