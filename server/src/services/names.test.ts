// Names others see, through a real server: invisible and control characters are refused on
// every way a name comes in (REST and the meeting channel), names are stored normalised, and
// nobody joins or renames themselves to a name a member of their workspace already has.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { io as connectSocket, type Socket } from 'socket.io-client';
import type { Ack } from '@roundtable/shared/protocol/meeting';
import { startTestServer, type TestServer } from '../testing/harness.ts';

const disguised = [
  'Al\u200bice', // zero-width space
  'Al\u200cice', // zero-width non-joiner
  'Al\u200dice', // zero-width joiner
  'Al\u2060ice', // word joiner
  '\ufeffAl\ufeffice', // byte order mark
  'Alice\u202e', // right-to-left override
  'Al\u2067ice', // right-to-left isolate
  'Al\u0085ice', // a C1 control
  '\u200b', // nothing to see at all
  '\u3164', // a Hangul filler, shown as a blank
];

describe('names others see', () => {
  let server: TestServer;
  let workspaceId = '';
  const sockets: Socket[] = [];

  beforeEach(async () => {
    server = await startTestServer();
    workspaceId = (await server.api.request('POST', '/api/workspaces', { name: 'LD Board' })).body
      .id as string;
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.disconnect();
    await server.close();
  });

  const inviteToken = async () => {
    const created = await server.api.request('POST', `/api/workspaces/${workspaceId}/invites`, {
      role: 'member',
    });
    return (created.body.url as string).split('/join/')[1]!;
  };
  const join = async (name: string) => {
    const response = await fetch(`${server.origin}/api/invites/${await inviteToken()}/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const refusedAsHidden = (response: { status: number; body: Record<string, unknown> }) => {
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ message: expect.stringMatching(/hidden/) });
  };

  it('refuses invisible and control characters in every name, title and label', async () => {
    const documentId = (
      await server.api.request('POST', '/api/documents', { workspaceId, title: 'Strategy' })
    ).body.id as string;
    for (const name of disguised) {
      refusedAsHidden(await join(name));
      refusedAsHidden(await server.api.request('PATCH', '/api/me', { name }));
      refusedAsHidden(await server.api.request('POST', '/api/workspaces', { name }));
      refusedAsHidden(
        await server.api.request('POST', '/api/documents', { workspaceId, title: name }),
      );
      refusedAsHidden(
        await server.api.request('POST', `/api/documents/${documentId}/versions`, { name }),
      );
      refusedAsHidden(await server.api.request('POST', '/api/tokens', { name }));
      refusedAsHidden(
        await server.api.request('POST', `/api/workspaces/${workspaceId}/meetings`, {
          title: name,
          startsAt: '2026-12-01T10:00:00Z',
        }),
      );
    }
    const meetingId = (
      await server.api.request('POST', `/api/workspaces/${workspaceId}/meetings`, {
        title: 'Workshop',
        startsAt: '2026-12-01T10:00:00Z',
      })
    ).body.id as string;
    const socket = connectSocket(`${server.origin}/meeting`, {
      transports: ['websocket'],
      auth: { token: server.adminToken },
      forceNew: true,
    });
    sockets.push(socket);
    expect(((await socket.emitWithAck('meeting:join', { meetingId })) as Ack<unknown>).ok).toBe(
      true,
    );
    const send = async (command: Record<string, unknown>) =>
      (await socket.emitWithAck('meeting:command', { meetingId, command })) as Ack<unknown>;
    const hidden = {
      ok: false,
      error: { code: 'bad_request', message: expect.stringMatching(/hidden/) },
    };
    for (const name of disguised) {
      expect(await send({ type: 'agenda:add', title: name, minutes: 5 })).toMatchObject(hidden);
      expect(
        await send({
          type: 'poll:open',
          question: 'Which?',
          kind: 'custom',
          options: ['Yes', name],
        }),
      ).toMatchObject(hidden);
      expect(await send({ type: 'action:record', what: 'Write', who: name })).toMatchObject(hidden);
    }
  });

  it('keeps names in every language, with accents, joined letters and emoji, normalised', async () => {
    const kept: Array<[sent: string, stored: string]> = [
      ['  Zoë\u00a0\u00a0 Smith ', 'Zoë Smith'],
      ['Zoe\u0308 Jones', 'Zoë Jones'], // a combining diaeresis becomes one character
      ['می\u200cخواهم', 'می\u200cخواهم'], // Persian: the non-joiner is part of the word
      ['क्\u200dष', 'क्\u200dष'], // Hindi: a joiner after a virama
      ['Sam 👩\u200d👧', 'Sam 👩\u200d👧'], // an emoji family
      ['Kim ❤\ufe0f', 'Kim ❤\ufe0f'],
    ];
    for (const [sent] of kept) {
      const joined = await join(sent);
      expect(joined.status, sent).toBe(200);
    }
    const members = await server.api.request('GET', `/api/workspaces/${workspaceId}/members`);
    const names = (members.body as unknown as Array<{ name: string }>).map((m) => m.name);
    for (const [, stored] of kept) expect(names).toContain(stored);
  });

  it('lets nobody join or rename themselves to the name of a member of their workspace', async () => {
    expect((await join('Sam Jones')).status).toBe(200);
    const again = await join('  SAM\u00a0jones ');
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({
      field: 'name',
      message: expect.stringContaining('already called “Sam Jones”'),
    });
    // The administrator is a member here too (they made the workspace).
    const renamed = await server.api.request('PATCH', '/api/me', { name: 'sam jones' });
    expect(renamed.status).toBe(409);
    // Keeping your own name, or a name nobody here has, is fine.
    expect((await join('Sam J')).status).toBe(200);
    expect((await server.api.request('PATCH', '/api/me', { name: 'Ada Admin' })).status).toBe(200);
  });
});
