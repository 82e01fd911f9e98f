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
import { io as connectSocket, type Socket } from 'socket.io-client';
import { newMeeting } from '@roundtable/shared/domain/meeting/meeting';
import type { Ack } from '@roundtable/shared/protocol/meeting';
import type { MeetingView } from '@roundtable/shared/domain/meeting/view';
import {
  appendParagraph,
  eventually,
  startTestServer,
  type TestClient,
  type TestServer,
} from '../testing/harness.ts';
import { workspaceWithEverything } from '../testing/workspace-with-everything.ts';
import { snapshotOfB } from '../testing/workspace-snapshot.ts';

import {
  commandCases,
  commandsTakingIds,
  operationsTakingIds,
  publicOperations,
  restCases,
  type Ids,
} from './cross-workspace-cases.ts';

describe('ids from another workspace', () => {
  let server: TestServer;
  let a: Ids;
  let b: Ids;
  let facilitatorOfA: string;
  const clients: TestClient[] = [];
  const sockets: Socket[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    a = await workspaceWithEverything(server, clients, 'Carers Forum', 'a');
    b = await workspaceWithEverything(server, clients, 'Partnership Board', 'b');
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
    // Public routes are open to anyone with any id, by design (see publicOperations).
    expect(Object.keys(restCases).sort()).toEqual(
      operationsTakingIds(openApi).filter((operation) => !publicOperations.has(operation)),
    );
    expect(Object.keys(commandCases).sort()).toEqual(commandsTakingIds());
  });

  it('the server’s own follow-ups of a meeting stay in its workspace', async () => {
    const before = await snapshotOfB(server, a, b);
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
    expect(await snapshotOfB(server, a, b)).toEqual(before);
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
        const before = await snapshotOfB(server, a, b);
        const [method, path, body] = c.request(a, b);
        const token = who === 'the administrator' ? server.adminToken : facilitatorOfA;
        const response = await server.api.as(token).request(method, path, body);
        expect([403, 404, ...(c.status ?? [])]).toContain(response.status);
        expect(response.body.error).toMatchObject({
          code: expect.any(String),
          message: expect.any(String),
        });
        expect(await snapshotOfB(server, a, b)).toEqual(before);
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
        const before = await snapshotOfB(server, a, b);
        refused((await socket.emitWithAck(event, { meetingId: b.meeting })) as Ack<unknown>);
        expect(await snapshotOfB(server, a, b)).toEqual(before);
      });
    }

    it('meeting:command: a facilitator of A may not run B’s meeting', async () => {
      const socket = await join(facilitatorOfA);
      const before = await snapshotOfB(server, a, b);
      const ack = (await socket.emitWithAck('meeting:command', {
        meetingId: b.meeting,
        command: { type: 'poll:close', pollId: b.poll },
      })) as Ack<unknown>;
      refused(ack);
      expect(await snapshotOfB(server, a, b)).toEqual(before);
    });

    const runs = Object.entries(commandCases).flatMap(([type, cases]) =>
      cases.flatMap((c) =>
        (['a facilitator of A', 'the administrator'] as const).map((who) => ({ type, c, who })),
      ),
    );
    for (const { type, c, who } of runs) {
      it(`meeting:command ${type}: ${who} may not ${c.what}`, async () => {
        const socket = await join(who === 'the administrator' ? server.adminToken : facilitatorOfA);
        const before = await snapshotOfB(server, a, b);
        const ack = (await socket.emitWithAck('meeting:command', {
          meetingId: a.meeting,
          command: c.command(a, b),
        })) as Ack<unknown>;
        refused(ack);
        expect(await snapshotOfB(server, a, b)).toEqual(before);
      });
    }
  });
});
