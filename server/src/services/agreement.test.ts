// Agreeing a version in a meeting: the draft can be locked while the group decides (the server
// drops every update on /collab), the workspace's rule decides, and an agreed version is frozen.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { WebSocket } from 'ws';
import { MessageType } from '@roundtable/shared/protocol/collab';
import * as decoding from 'lib0/decoding';
import { encodeUpdate } from '../collab/codec.ts';
import {
  appendParagraph,
  connectClient,
  eventually,
  rawSocket,
  startTestServer,
  whenSynced,
  type TestServer,
} from '../testing/harness.ts';
import type { AuthContext } from './auth-context.ts';

const statusOf = (frame: Buffer): { lockedReason: string | null } | undefined => {
  const decoder = decoding.createDecoder(frame);
  if (decoding.readVarUint(decoder) !== MessageType.status) return undefined;
  return JSON.parse(decoding.readVarString(decoder)) as { lockedReason: string | null };
};

describe('agreeing a version', () => {
  let server: TestServer;
  let documentId: string;
  let workspaceId: string;
  let meetingId: string;
  let versionId: string;
  let admin: AuthContext;
  const voters: AuthContext[] = [];

  beforeEach(async () => {
    server = await startTestServer();
    ({ id: documentId, workspaceId } = await server.api.createDocument());
    meetingId = (
      await server.api.request('POST', `/api/workspaces/${workspaceId}/meetings`, {
        title: 'Workshop 4',
        startsAt: '2026-12-01T10:00:00Z',
        documentIds: [documentId],
      })
    ).body.id as string;
    versionId = (
      await server.api.request('POST', `/api/documents/${documentId}/versions`, {
        name: 'Draft for agreement',
      })
    ).body.id as string;
    const ada = (await server.store.identity.findUserByEmail('ada@example.org'))!;
    admin = await server.app.signIn.contextFor(ada.id, { sessionHash: null, tokenId: null });
    voters.length = 0;
    for (const name of ['Sam', 'Lucy']) {
      const person = await server.app.signIn.createPerson({ name, email: null, isAdmin: false });
      await server.store.identity.putMembership({
        workspaceId,
        userId: person.id,
        role: 'member',
        joinedAt: new Date().toISOString(),
        inviteId: null,
      });
      voters.push(
        await server.app.signIn.contextFor(person.id, { sessionHash: null, tokenId: null }),
      );
    }
    await server.app.meetings.execute(admin, meetingId, { type: 'meeting:start' });
  });
  afterEach(async () => {
    await server.close();
  });

  const openPoll = async (locksDraft: boolean) => {
    const state = await server.app.meetings.execute(admin, meetingId, {
      type: 'poll:open',
      question: 'Do we agree this draft?',
      kind: 'agreement',
      options: [],
      anonymous: false,
      results: 'on-close',
      versionId,
      locksDraft,
    });
    return state.polls.at(-1)!.id;
  };

  it('locks the live draft for everyone while the poll is open, and agrees the version when nobody disagrees', async () => {
    const statuses: Array<string | null> = [];
    const socket: WebSocket = await rawSocket(
      server.wsOrigin,
      `/collab/${documentId}?acks=1&token=${server.adminToken}`,
      (frame) => {
        const status = statusOf(frame);
        if (status) statuses.push(status.lockedReason);
      },
    );
    await eventually(() => expect(statuses).toEqual([null]));
    const pollId = await openPoll(true);
    await eventually(() => expect(statuses.at(-1)).toMatch(/deciding whether to agree/));

    const forced = new Y.Doc();
    forced.getText('t').insert(0, 'slipped in during the vote');
    socket.send(encodeUpdate(Y.encodeStateAsUpdate(forced)));
    const reader = connectClient(server.wsOrigin, documentId, { token: server.adminToken });
    await whenSynced(reader);
    expect(reader.doc.getText('t').toString()).toBe('');

    await server.app.meetings.execute(voters[0]!, meetingId, {
      type: 'poll:vote',
      pollId,
      optionId: 'agree',
      reason: '',
    });
    await server.app.meetings.execute(voters[1]!, meetingId, {
      type: 'poll:vote',
      pollId,
      optionId: 'concerns',
      reason: 'Transport',
    });
    const closed = await server.app.meetings.execute(admin, meetingId, {
      type: 'poll:close',
      pollId,
    });
    expect(closed.polls.at(-1)).toMatchObject({
      outcome: { agreed: true, because: 'Nobody disagreed (2 responded).' },
    });
    await eventually(async () => {
      const version = await server.api.request('GET', `/api/versions/${versionId}`);
      expect(version.body.agreement).toMatchObject({
        how: { pollId, meetingTitle: 'Workshop 4', responses: 2 },
      });
    });
    await eventually(() => expect(statuses.at(-1)).toBeNull());
    appendParagraph(reader.doc, 'editing again');
    const late = connectClient(server.wsOrigin, documentId, { token: server.adminToken });
    await eventually(() => expect(late.text()).toContain('editing again'));
    expect((await server.api.request('DELETE', `/api/versions/${versionId}`)).status).toBe(409);
    reader.destroy();
    late.destroy();
    socket.close();
  });

  it('locks only the draft whose version is being agreed, not the meeting’s other documents', async () => {
    const other = (
      await server.api.request('POST', '/api/documents', { workspaceId, title: 'Easy Read' })
    ).body.id as string;
    const both = (
      await server.api.request('POST', `/api/workspaces/${workspaceId}/meetings`, {
        title: 'Workshop 5',
        startsAt: '2026-12-01T10:00:00Z',
        documentIds: [other, documentId],
      })
    ).body.id as string;
    await server.app.meetings.execute(admin, both, { type: 'meeting:start' });
    await server.app.meetings.execute(admin, both, {
      type: 'poll:open',
      question: 'Do we agree this draft?',
      kind: 'agreement',
      options: [],
      anonymous: false,
      results: 'on-close',
      versionId,
      locksDraft: true,
    });
    expect(await server.app.meetings.lockReason(workspaceId, documentId)).toMatch(/agree/);
    expect(await server.app.meetings.lockReason(workspaceId, other)).toBeNull();
    const writer = connectClient(server.wsOrigin, other, { token: server.adminToken });
    await whenSynced(writer);
    appendParagraph(writer.doc, 'still editable');
    const reader = connectClient(server.wsOrigin, other, { token: server.adminToken });
    await eventually(() => expect(reader.text()).toContain('still editable'));
    writer.destroy();
    reader.destroy();
  });

  it('follows the workspace’s own rule: a share of those voting', async () => {
    const settings = await server.api.request('PUT', `/api/workspaces/${workspaceId}/settings`, {
      agreementRule: { kind: 'share', percent: 75 },
    });
    expect(settings.status).toBe(200);
    const pollId = await openPoll(false);
    await server.app.meetings.execute(voters[0]!, meetingId, {
      type: 'poll:vote',
      pollId,
      optionId: 'agree',
      reason: '',
    });
    await server.app.meetings.execute(voters[1]!, meetingId, {
      type: 'poll:vote',
      pollId,
      optionId: 'disagree',
      reason: 'Not yet',
    });
    const closed = await server.app.meetings.execute(admin, meetingId, {
      type: 'poll:close',
      pollId,
    });
    expect(closed.polls.at(-1)).toMatchObject({
      outcome: { agreed: false, because: '50% of those who responded agreed; the rule needs 75%.' },
    });
    expect(
      (await server.api.request('GET', `/api/versions/${versionId}`)).body.agreement,
    ).toBeNull();
  });
});
