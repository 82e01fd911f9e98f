// Every role × every action × every channel (REST and /collab; the meeting channel joins this
// table with issue 4), asserting allowed or refused with the right status or close code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Role } from '@roundtable/shared/domain/policy';
import { CloseCode } from '@roundtable/shared/protocol/collab';
import {
  appendParagraph,
  closeOf,
  connectClient,
  eventually,
  rawSocket,
  startTestServer,
  whenSynced,
  type TestServer,
} from '../testing/harness.ts';
import { encodeUpdate } from '../collab/codec.ts';

type Who =
  'anonymous' | 'outsider' | 'observer' | 'member' | 'facilitator' | 'other-facilitator' | 'admin';
const everyone: Who[] = [
  'anonymous',
  'outsider',
  'observer',
  'member',
  'facilitator',
  'other-facilitator',
  'admin',
];

interface Case {
  action: string;
  allowed: Who[];
  request: (ids: {
    workspaceId: string;
    documentId: string;
  }) => [method: string, path: string, body?: unknown];
  status: number;
}

const readers: Who[] = ['observer', 'member', 'facilitator', 'admin'];
const writers: Who[] = ['member', 'facilitator', 'admin'];
const runners: Who[] = ['facilitator', 'admin'];

const restCases: Case[] = [
  {
    action: 'read the workspace',
    allowed: readers,
    status: 200,
    request: ({ workspaceId }) => ['GET', `/api/workspaces/${workspaceId}`],
  },
  {
    action: 'rename the workspace',
    allowed: runners,
    status: 200,
    request: ({ workspaceId }) => ['PATCH', `/api/workspaces/${workspaceId}`, { name: 'LD Board' }],
  },
  {
    action: 'list documents',
    allowed: readers,
    status: 200,
    request: ({ workspaceId }) => ['GET', `/api/documents?workspaceId=${workspaceId}`],
  },
  {
    action: 'create a document',
    allowed: writers,
    status: 201,
    request: ({ workspaceId }) => [
      'POST',
      '/api/documents',
      { workspaceId, title: 'Easy Read summary' },
    ],
  },
  {
    action: 'read a document',
    allowed: readers,
    status: 200,
    request: ({ documentId }) => ['GET', `/api/documents/${documentId}`],
  },
  {
    action: 'rename a document',
    allowed: writers,
    status: 200,
    request: ({ documentId }) => ['PATCH', `/api/documents/${documentId}`, { title: 'Strategy' }],
  },
  {
    action: 'move a document to the bin',
    allowed: runners,
    status: 200,
    request: ({ documentId }) => ['DELETE', `/api/documents/${documentId}`],
  },
  {
    action: 'restore a document',
    allowed: runners,
    status: 200,
    request: ({ documentId }) => ['POST', `/api/documents/${documentId}/restore`],
  },
  {
    action: 'list members',
    allowed: readers,
    status: 200,
    request: ({ workspaceId }) => ['GET', `/api/workspaces/${workspaceId}/members`],
  },
  {
    action: 'make an invite link',
    allowed: runners,
    status: 201,
    request: ({ workspaceId }) => [
      'POST',
      `/api/workspaces/${workspaceId}/invites`,
      { role: 'member' },
    ],
  },
  {
    action: 'list invite links',
    allowed: runners,
    status: 200,
    request: ({ workspaceId }) => ['GET', `/api/workspaces/${workspaceId}/invites`],
  },
  {
    action: 'read the audit log',
    allowed: runners,
    status: 200,
    request: ({ workspaceId }) => ['GET', `/api/workspaces/${workspaceId}/audit`],
  },
  {
    action: 'read the whole audit log',
    allowed: ['admin'],
    status: 200,
    request: () => ['GET', '/api/audit'],
  },
  {
    action: 'create a workspace',
    allowed: ['facilitator', 'other-facilitator', 'admin'],
    status: 201,
    request: () => ['POST', '/api/workspaces', { name: 'New forum' }],
  },
];

describe('who may do what, on every channel', () => {
  let server: TestServer;
  const tokens = new Map<Who, string | null>();
  let workspaceId = '';
  let documentId = '';

  beforeAll(async () => {
    server = await startTestServer();
    tokens.set('admin', server.adminToken);
    tokens.set('anonymous', null);
    const workspace = await server.api.request('POST', '/api/workspaces', {
      name: 'Partnership Board',
    });
    const other = await server.api.request('POST', '/api/workspaces', { name: 'Carers Forum' });
    workspaceId = workspace.body.id as string;
    documentId = (
      await server.api.request('POST', '/api/documents', { workspaceId, title: 'Strategy' })
    ).body.id as string;
    const roles: Array<[Who, string, Role | null]> = [
      ['outsider', workspaceId, null],
      ['observer', workspaceId, 'observer'],
      ['member', workspaceId, 'member'],
      ['facilitator', workspaceId, 'facilitator'],
      ['other-facilitator', other.body.id as string, 'facilitator'],
    ];
    for (const [who, inWorkspace, role] of roles) {
      const person = await server.app.signIn.createPerson({
        name: who,
        email: null,
        isAdmin: false,
      });
      if (role) {
        await server.store.identity.putMembership({
          workspaceId: inWorkspace,
          userId: person.id,
          role,
          joinedAt: new Date().toISOString(),
          inviteId: null,
        });
      }
      tokens.set(who, (await server.app.tokens.create(person.id, 'matrix')).token);
    }
  });
  afterAll(async () => {
    await server.close();
  });

  describe('REST', () => {
    for (const c of restCases) {
      for (const who of everyone) {
        const ok = c.allowed.includes(who);
        const expected = ok ? c.status : who === 'anonymous' ? 401 : 403;
        it(`${who} ${ok ? 'may' : 'may not'} ${c.action} (${expected})`, async () => {
          const [method, path, body] = c.request({ workspaceId, documentId });
          const response = await server.api.as(tokens.get(who) ?? null).request(method, path, body);
          expect(response.status).toBe(expected);
          if (!ok)
            expect(response.body.error).toMatchObject({
              code: who === 'anonymous' ? 'unauthorized' : 'forbidden',
            });
        });
      }
    }
  });

  describe('/collab', () => {
    for (const who of everyone) {
      const mayRead = readers.includes(who);
      const mayWrite = writers.includes(who);
      it(`${who} ${mayRead ? 'may open' : 'may not open'} the document${mayRead ? (mayWrite ? ' and write' : ' but not write') : ''}`, async () => {
        const token = tokens.get(who);
        const query = token ? `?token=${token}` : '';
        if (!mayRead) {
          const socket = await rawSocket(server.wsOrigin, `/collab/${documentId}${query}`);
          expect((await closeOf(socket)).code).toBe(
            who === 'anonymous' ? CloseCode.unauthorized : CloseCode.forbidden,
          );
          return;
        }
        const watcher = connectClient(server.wsOrigin, documentId, { token: server.adminToken });
        const client = connectClient(server.wsOrigin, documentId, { token: token! });
        await Promise.all([whenSynced(watcher), whenSynced(client)]);
        const mark = `written by ${who} ${Math.random()}`;
        appendParagraph(client.doc, mark);
        if (mayWrite) {
          await eventually(() => expect(watcher.text()).toContain(mark));
        } else {
          // Force the update through as a raw client would: the server drops it.
          const raw = await rawSocket(server.wsOrigin, `/collab/${documentId}${query}`);
          raw.send(encodeUpdate(Y.encodeStateAsUpdate(client.doc)));
          const late = connectClient(server.wsOrigin, documentId, { token: server.adminToken });
          await whenSynced(late);
          expect(late.text()).not.toContain(mark);
          expect(watcher.text()).not.toContain(mark);
          raw.close();
          late.destroy();
        }
        client.destroy();
        watcher.destroy();
      });
    }
  });
});
