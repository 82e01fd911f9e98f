// Ids from another workspace, on every REST route and every /meeting event that takes an id. A
// facilitator of workspace A who knows workspace B's ids (a former member does) is refused
// everywhere, with the error shape, and nothing in B changes. Where an id travels with one of
// A's own (a meeting's documents, a poll's version), the administrator, who may act in both
// workspaces, is refused too: the id must belong to the workspace being acted on, whoever asks.
//
// The routes are read from /api/openapi.json and the events from the /meeting schemas: a route
// or a meeting command that takes an id and has no case here fails the first test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { z } from 'zod';
import { io as connectSocket, type Socket } from 'socket.io-client';
import { lockedDocuments, newMeeting } from '@roundtable/shared/domain/meeting/meeting';
import { ID_PATTERN } from '@roundtable/shared/protocol/ids';
import { MeetingCommandSchema, type Ack } from '@roundtable/shared/protocol/meeting';
import type { MeetingView } from '@roundtable/shared/domain/meeting/view';
import {
  appendParagraph,
  connectClient,
  eventually,
  startTestServer,
  whenSynced,
  type TestClient,
  type TestServer,
} from '../testing/harness.ts';
import { suggestParagraph } from '../testing/suggestion-paragraph.ts';

/** Ids of one workspace and the things in it. */
interface Ids {
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

type Request = [method: string, path: string, body?: unknown];
interface RestCase {
  /** What is tried, in words. */
  what: string;
  request: (a: Ids, b: Ids) => Request;
  /** Also refused for the administrator: an id of B travels with one of A's. */
  mixed?: boolean;
  /** Refusals other than 403/404 that also change nothing (a client-chosen id already taken). */
  status?: number[];
}

const anchor = { start: 'AQID', end: 'BAUG' };
const meetingBody = (extra: Record<string, unknown>) => ({
  title: 'Workshop',
  startsAt: '2026-12-01T10:00:00Z',
  ...extra,
});

/** Every operation that takes an id, by "METHOD /path/{param}" as in the OpenAPI document. */
const restCases: Record<string, RestCase[]> = {
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

type Command = Record<string, unknown> & { type: string };
interface EventCase {
  what: string;
  /** Sent on A's meeting, which the sender has joined. */
  command: (a: Ids, b: Ids) => Command;
}

/** Every meeting command that names an id, by its type. */
const commandCases: Record<string, EventCase[]> = {
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
type Json = Record<string, unknown>;

/** Whether a JSON schema (or any schema inside it) describes an id. */
function namesAnId(schema: unknown): boolean {
  if (Array.isArray(schema)) return schema.some(namesAnId);
  if (typeof schema !== 'object' || schema === null) return false;
  if ((schema as Json).pattern === idPattern) return true;
  return Object.values(schema).some(namesAnId);
}

/** "METHOD /path" of every operation in the OpenAPI document that takes an id anywhere. */
function operationsTakingIds(openApi: Json): string[] {
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
function commandsTakingIds(): string[] {
  const json = z.toJSONSchema(MeetingCommandSchema, { io: 'input' }) as Json;
  const variants = (json.oneOf ?? json.anyOf) as Json[];
  return variants
    .filter(namesAnId)
    .map((v) => ((v.properties as Json).type as Json).const as string)
    .sort();
}

describe('ids from another workspace', () => {
  let server: TestServer;
  let a: Ids;
  let b: Ids;
  let facilitatorOfA: string;
  const clients: TestClient[] = [];
  const sockets: Socket[] = [];

  /** A workspace with one of everything, made by the administrator. */
  async function workspaceWithEverything(name: string, suffix: string): Promise<Ids> {
    const api = server.api;
    const workspace = (await api.request('POST', '/api/workspaces', { name })).body.id as string;
    const document = (
      await api.request('POST', '/api/documents', { workspaceId: workspace, title: name })
    ).body.id as string;
    const writer = connectClient(server.wsOrigin, document, { token: server.adminToken });
    clients.push(writer);
    await whenSynced(writer);
    appendParagraph(writer.doc, `The ${name} draft`);
    const suggestion = `sug-${suffix}`;
    suggestParagraph(writer.doc, 'We want ', 'more', suggestion);
    await eventually(async () => {
      const response = await fetch(`${server.origin}/api/documents/${document}/content`, {
        headers: { authorization: `Bearer ${server.adminToken}` },
      });
      const doc = new Y.Doc();
      Y.applyUpdate(doc, new Uint8Array(await response.arrayBuffer()));
      expect(doc.getXmlFragment('default').toString()).toContain(suggestion);
    });
    const version = (
      await api.request('POST', `/api/documents/${document}/versions`, { name: 'First' })
    ).body.id as string;
    const proposal = (
      await api.request('POST', `/api/versions/${version}/proposals`, {
        closesAt: '2099-01-01T10:00:00Z',
      })
    ).body.id as string;
    const thread = `thread-${suffix}`;
    const comment = `comment-${suffix}`;
    expect(
      (
        await api.request('POST', `/api/documents/${document}/comments`, {
          id: thread,
          commentId: comment,
          anchor,
          quote: 'draft',
          body: 'A comment',
        })
      ).status,
    ).toBe(201);
    const scheduled = await api.request('POST', `/api/workspaces/${workspace}/meetings`, {
      title: `${name} workshop`,
      startsAt: '2026-12-01T10:00:00Z',
      documentIds: [document],
      agenda: [
        { title: 'Welcome', minutes: 5 },
        { title: 'Housing', minutes: 20 },
      ],
    });
    const meeting = scheduled.body.id as string;
    const ada = (await server.store.identity.findUserByEmail('ada@example.org'))!;
    const admin = await server.app.signIn.contextFor(ada.id, { sessionHash: null, tokenId: null });
    await server.app.meetings.execute(admin, meeting, { type: 'meeting:start' });
    await server.app.meetings.execute(admin, meeting, {
      type: 'action:record',
      what: 'Write to the council',
      who: 'Sam',
      due: null,
    });
    const state = await server.app.meetings.execute(admin, meeting, {
      type: 'poll:open',
      question: 'Shall we break?',
      kind: 'agree',
      options: [],
      anonymous: false,
      results: 'live',
    });
    const invite = (
      await api.request('POST', `/api/workspaces/${workspace}/invites`, { role: 'member' })
    ).body.id as string;
    const person = await server.app.signIn.createPerson({
      name: `Member of ${name}`,
      email: null,
      isAdmin: false,
    });
    await server.store.identity.putMembership({
      workspaceId: workspace,
      userId: person.id,
      role: 'member',
      joinedAt: new Date().toISOString(),
      inviteId: null,
    });
    const token = await server.app.tokens.create(person.id, 'member');
    return {
      workspace,
      document,
      version,
      suggestion,
      proposal,
      thread,
      comment,
      meeting,
      agendaItem: state.agenda[1]!.id,
      poll: state.polls[0]!.id,
      action: state.actions[0]!.id,
      invite,
      member: person.id,
      token: token.id,
    };
  }

  /**
   * Everything in B a person could notice, and what A's meetings lock, read from the store (the
   * REST rate limit is not what this test is about).
   */
  async function snapshotOfB(): Promise<unknown> {
    const store = server.store;
    const stored = await store.updates.loadDocument(b.document);
    const draft = new Y.Doc();
    for (const update of stored?.updates ?? []) Y.applyUpdate(draft, update);
    const meetingA = (await store.meetings.getMeeting(a.meeting))!.state;
    const meetingsOfA = await store.meetings.listMeetings(a.workspace);
    return {
      workspace: await store.workspaces.getWorkspace(b.workspace),
      settings: await store.workspaces.getSettings(b.workspace),
      documents: await store.documents.listDocuments({ workspaceId: b.workspace, inBin: false }),
      bin: await store.documents.listDocuments({ workspaceId: b.workspace, inBin: true }),
      draft: draft.getXmlFragment('default').toString(),
      versions: await store.versions.listVersions(b.document),
      proposals: await store.proposals.listProposals(b.document),
      decisions: await store.suggestions.listDecisions(b.document),
      inReview: await store.suggestions.isInReview(b.document),
      comments: await store.comments.listThreads(b.document),
      meetings: await store.meetings.listMeetings(b.workspace),
      members: (await store.identity.listMembers(b.workspace)).map(({ userId, role }) => ({
        userId,
        role,
      })),
      invites: await store.identity.listInvites(b.workspace),
      memberTokens: (await store.identity.listApiTokens(b.member)).map(({ id, revokedAt }) => ({
        id,
        revokedAt,
      })),
      audit: (await store.identity.listAudit({ workspaceId: b.workspace, limit: 1000 })).length,
      lockedByB: await server.app.meetings.lockReason(b.workspace, b.document),
      lockedByA: meetingsOfA.flatMap((m) => lockedDocuments(m)).includes(b.document),
      meetingsOfA: meetingsOfA.filter((m) => m.documentIds.includes(b.document)).length,
      agendaOfA: meetingA.agenda.filter((i) => i.link?.documentId === b.document).length,
      followOfA: meetingA.follow,
      pollsOfA: meetingA.polls.filter(
        (p) => p.versionId === b.version || p.suggestion?.documentId === b.document,
      ).length,
    };
  }

  beforeAll(async () => {
    server = await startTestServer();
    a = await workspaceWithEverything('Carers Forum', 'a');
    b = await workspaceWithEverything('Partnership Board', 'b');
    const facilitator = await server.app.signIn.createPerson({
      name: 'Fran Facilitator',
      email: null,
      isAdmin: false,
    });
    await server.store.identity.putMembership({
      workspaceId: a.workspace,
      userId: facilitator.id,
      role: 'facilitator',
      joinedAt: new Date().toISOString(),
      inviteId: null,
    });
    facilitatorOfA = (await server.app.tokens.create(facilitator.id, 'cross')).token;
  }, 30_000);
  afterAll(async () => {
    for (const socket of sockets.splice(0)) socket.disconnect();
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  it('has a case for every REST route and every meeting command that takes an id', async () => {
    const openApi = (await server.api.request('GET', '/api/openapi.json')).body;
    expect(Object.keys(restCases).sort()).toEqual(operationsTakingIds(openApi));
    expect(Object.keys(commandCases).sort()).toEqual(commandsTakingIds());
  });

  it('the server’s own follow-ups of a meeting stay in its workspace', async () => {
    const before = await snapshotOfB();
    await expect(
      server.app.versions.markAgreed(a.workspace, b.version, { meetingId: a.meeting }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      server.app.suggestions.decideByPoll({
        workspaceId: a.workspace,
        documentId: b.document,
        suggestionId: b.suggestion,
        outcome: 'rejected',
        how: {
          kind: 'poll',
          meetingId: a.meeting,
          pollId: a.poll,
          counts: { agree: 0, notSure: 0, disagree: 1 },
        },
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(await snapshotOfB()).toEqual(before);
  });

  it('a meeting stored before its documents were checked does not reach B’s draft', async () => {
    const ada = (await server.store.identity.findUserByEmail('ada@example.org'))!;
    const admin = await server.app.signIn.contextFor(ada.id, { sessionHash: null, tokenId: null });
    const legacy = newMeeting({
      id: 'legacy-meeting',
      workspaceId: a.workspace,
      title: 'Stored long ago',
      startsAt: '2026-01-01T10:00:00.000Z',
      place: '',
      documentIds: [a.document, b.document],
      agenda: [],
    });
    await server.store.meetings.createMeeting(legacy);
    // Both drafts change after their last version, so a meeting's end would save a version.
    const [writerOfA, writerOfB] = clients;
    appendParagraph(writerOfA!.doc, 'A changed');
    appendParagraph(writerOfB!.doc, 'B changed');
    await eventually(async () => {
      for (const documentId of [a.document, b.document]) {
        const stored = await server.store.updates.loadDocument(documentId);
        const draft = new Y.Doc();
        for (const update of stored?.updates ?? []) Y.applyUpdate(draft, update);
        expect(draft.getXmlFragment('default').toString()).toContain('changed');
      }
    });
    const versionsOfB = await server.store.versions.listVersions(b.document);
    await server.app.meetings.execute(admin, legacy.id, { type: 'meeting:start' });
    await expect(
      server.app.meetings.execute(admin, legacy.id, {
        type: 'follow:invite',
        documentId: b.document,
        heading: 'H',
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await server.app.meetings.execute(admin, legacy.id, { type: 'meeting:end' });
    await eventually(async () => {
      const versionsOfA = await server.store.versions.listVersions(a.document);
      expect(versionsOfA.map((v) => v.name)).toContain('End of "Stored long ago"');
    });
    expect(await server.store.versions.listVersions(b.document)).toEqual(versionsOfB);
  });

  describe('REST', () => {
    const runs = Object.entries(restCases).flatMap(([operation, cases]) =>
      cases.flatMap((c) => [
        { operation, c, who: 'a facilitator of A' as const },
        ...(c.mixed ? [{ operation, c, who: 'the administrator' as const }] : []),
      ]),
    );
    for (const { operation, c, who } of runs) {
      it(`${operation}: ${who} may not ${c.what}`, async () => {
        const before = await snapshotOfB();
        const [method, path, body] = c.request(a, b);
        const token = who === 'the administrator' ? server.adminToken : facilitatorOfA;
        const response = await server.api.as(token).request(method, path, body);
        expect([403, 404, ...(c.status ?? [])]).toContain(response.status);
        expect(response.body.error).toMatchObject({
          code: expect.any(String),
          message: expect.any(String),
        });
        expect(await snapshotOfB()).toEqual(before);
      });
    }
  });

  describe('/meeting', () => {
    const join = async (token: string): Promise<Socket> => {
      const socket = connectSocket(`${server.origin}/meeting`, {
        transports: ['websocket'],
        auth: { token },
        forceNew: true,
      });
      sockets.push(socket);
      const joined = (await socket.emitWithAck('meeting:join', {
        meetingId: a.meeting,
      })) as Ack<MeetingView>;
      expect(joined.ok).toBe(true);
      return socket;
    };
    const refused = (ack: Ack<unknown>) => {
      expect(ack.ok).toBe(false);
      if (!ack.ok) {
        expect(['not_found', 'forbidden']).toContain(ack.error.code);
        expect(ack.error.message).toEqual(expect.any(String));
      }
    };

    for (const event of ['meeting:join', 'meeting:leave'] as const) {
      it(`${event}: a facilitator of A may not use B’s meeting`, async () => {
        const socket = await join(facilitatorOfA);
        const before = await snapshotOfB();
        refused((await socket.emitWithAck(event, { meetingId: b.meeting })) as Ack<unknown>);
        expect(await snapshotOfB()).toEqual(before);
      });
    }

    it('meeting:command: a facilitator of A may not run B’s meeting', async () => {
      const socket = await join(facilitatorOfA);
      const before = await snapshotOfB();
      const ack = (await socket.emitWithAck('meeting:command', {
        meetingId: b.meeting,
        command: { type: 'poll:close', pollId: b.poll },
      })) as Ack<unknown>;
      refused(ack);
      expect(await snapshotOfB()).toEqual(before);
    });

    const runs = Object.entries(commandCases).flatMap(([type, cases]) =>
      cases.flatMap((c) =>
        (['a facilitator of A', 'the administrator'] as const).map((who) => ({ type, c, who })),
      ),
    );
    for (const { type, c, who } of runs) {
      it(`meeting:command ${type}: ${who} may not ${c.what}`, async () => {
        const socket = await join(who === 'the administrator' ? server.adminToken : facilitatorOfA);
        const before = await snapshotOfB();
        const ack = (await socket.emitWithAck('meeting:command', {
          meetingId: a.meeting,
          command: c.command(a, b),
        })) as Ack<unknown>;
        refused(ack);
        expect(await snapshotOfB()).toEqual(before);
      });
    }
  });
});
