// A workspace's hard words over REST, with a real server: members add, change and remove them,
// observers only read, a word of another workspace is not found, the limits hold, every change
// is in the audit log, and everyone with a document of the workspace open is told at once.
import * as decoding from 'lib0/decoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '@roundtable/shared/domain/policy';
import { HARD_WORD_EXPLANATION_MAX_LENGTH } from '@roundtable/shared/editor/hard-words';
import { MessageType } from '@roundtable/shared/protocol/collab';
import { ErrorBody } from '@roundtable/shared/protocol/errors';
import {
  HARD_WORDS_PER_WORKSPACE,
  HardWordList,
  HardWordView,
  HardWordsNotice,
} from '@roundtable/shared/protocol/hard-words';
import {
  eventually,
  rawSocket,
  startTestServer,
  type TestApi,
  type TestServer,
} from '../testing/harness.ts';

describe('REST: hard words', () => {
  let server: TestServer;
  let workspaceId: string;
  let documentId: string;
  let member: TestApi;
  let observer: TestApi;
  let memberId: string;
  const sockets: { close(): void }[] = [];

  const personIn = async (workspace: string, name: string, role: Role) => {
    const person = await server.app.signIn.createPerson({ name, email: null, isAdmin: false });
    await server.store.identity.putMembership({
      workspaceId: workspace,
      userId: person.id,
      role,
      joinedAt: new Date().toISOString(),
      inviteId: null,
    });
    const { token } = await server.app.tokens.create(person.id, 'tests');
    return { id: person.id, token, api: server.api.as(token) };
  };
  const words = (workspace = workspaceId) => `/api/workspaces/${workspace}/hard-words`;
  const expectError = (response: { status: number; body: unknown }, status: number) => {
    expect(response.status).toBe(status);
    return ErrorBody.parse(response.body).error;
  };
  const advocate = { word: 'advocate', explanation: 'someone who speaks up for you' };

  beforeEach(async () => {
    server = await startTestServer();
    ({ id: documentId, workspaceId } = await server.api.createDocument());
    const sam = await personIn(workspaceId, 'Sam', 'member');
    memberId = sam.id;
    member = sam.api;
    observer = (await personIn(workspaceId, 'Olu', 'observer')).api;
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.close();
    await server.close();
  });

  it('lets a member add, change and remove a word, which everyone in the workspace reads', async () => {
    const added = await member.request('POST', words(), advocate);
    expect(added.status).toBe(201);
    const view = HardWordView.parse(added.body);
    expect(view).toMatchObject({ ...advocate, workspaceId, addedBy: memberId });

    const listed = await observer.request('GET', words());
    expect(listed.status).toBe(200);
    expect(HardWordList.parse(listed.body)).toEqual([view]);

    const changed = await member.request('PATCH', `${words()}/${view.id}`, {
      explanation: 'a person who helps you say what you want',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      word: 'advocate',
      explanation: 'a person who helps you say what you want',
    });

    expect((await member.request('DELETE', `${words()}/${view.id}`)).status).toBe(204);
    expect((await observer.request('GET', words())).body).toEqual([]);
    expectError(await member.request('DELETE', `${words()}/${view.id}`), 404);

    const audit = await server.store.identity.listAudit({ workspaceId, limit: 50 });
    expect(audit.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['hard-word.added', 'hard-word.changed', 'hard-word.removed']),
    );
    expect(audit.find((entry) => entry.action === 'hard-word.added')).toMatchObject({
      actorId: memberId,
      subject: view.id,
    });
  });

  it('lets an observer read the words but not add, change or remove one', async () => {
    const { id } = HardWordView.parse((await member.request('POST', words(), advocate)).body);
    expect(
      expectError(await observer.request('POST', words(), { ...advocate, word: 'care' }), 403),
    ).toMatchObject({ message: 'You can read the hard words but not change them.' });
    expectError(await observer.request('PATCH', `${words()}/${id}`, { explanation: 'x' }), 403);
    expectError(await observer.request('DELETE', `${words()}/${id}`), 403);
    expect((await observer.request('GET', words())).body).toMatchObject([advocate]);
  });

  it('refuses people outside the workspace, and answers a word of another workspace as missing', async () => {
    const other = await server.api.request('POST', '/api/workspaces', { name: 'Carers Forum' });
    const otherId = other.body.id as string;
    const theirs = HardWordView.parse(
      (
        await server.api.request('POST', words(otherId), {
          word: 'respite',
          explanation: 'a break',
        })
      ).body,
    );
    expectError(await member.request('GET', words(otherId)), 403);
    expectError(await member.request('POST', words(otherId), advocate), 403);
    // Even the administrator, who may act in both, cannot reach B's word through A's path.
    for (const api of [member, server.api]) {
      expectError(await api.request('PATCH', `${words()}/${theirs.id}`, { explanation: 'x' }), 404);
      expectError(await api.request('DELETE', `${words()}/${theirs.id}`), 404);
    }
    expect(await server.store.hardWords.getHardWord(theirs.id)).toMatchObject({
      word: 'respite',
      explanation: 'a break',
    });
    expectError(await server.api.request('GET', words('no-such-workspace')), 404);
  });

  it('keeps each word once, whatever its case or spacing, and says so', async () => {
    await member.request('POST', words(), { word: 'care plan', explanation: 'your plan' });
    const again = expectError(
      await member.request('POST', words(), { word: '  Care   Plan ', explanation: 'again' }),
      409,
    );
    expect(again).toMatchObject({ code: 'conflict', field: 'word' });
    expect(again.message).toContain('already a hard word');
    const { id } = HardWordView.parse((await member.request('POST', words(), advocate)).body);
    expectError(await member.request('PATCH', `${words()}/${id}`, { word: 'CARE PLAN' }), 409);
  });

  it('checks sizes and refuses an empty change', async () => {
    const long = 'a'.repeat(HARD_WORD_EXPLANATION_MAX_LENGTH + 1);
    expect(
      expectError(await member.request('POST', words(), { word: 'x', explanation: long }), 400),
    ).toMatchObject({ field: 'explanation' });
    expectError(
      await member.request('POST', words(), { word: 'w'.repeat(61), explanation: 'e' }),
      400,
    );
    expectError(await member.request('POST', words(), { word: '  ', explanation: 'e' }), 400);
    expectError(await member.request('POST', words(), { word: '!!', explanation: 'e' }), 400);
    expectError(await member.request('POST', words(), { ...advocate, extra: 1 }), 400);
    const { id } = HardWordView.parse((await member.request('POST', words(), advocate)).body);
    expectError(await member.request('PATCH', `${words()}/${id}`, {}), 400);
  });

  it(`keeps at most ${HARD_WORDS_PER_WORKSPACE} words in a workspace, with a clear refusal`, async () => {
    const at = new Date().toISOString();
    for (let i = 1; i < HARD_WORDS_PER_WORKSPACE; i++) {
      await server.store.hardWords.addHardWord(
        {
          id: `filler-${i}`,
          workspaceId,
          word: `word ${i}`,
          explanation: 'filler',
          addedBy: null,
          createdAt: at,
          updatedAt: at,
        },
        HARD_WORDS_PER_WORKSPACE,
      );
    }
    expect((await member.request('POST', words(), advocate)).status).toBe(201);
    const full = expectError(
      await member.request('POST', words(), { word: 'care', explanation: 'help' }),
      409,
    );
    expect(full.message).toBe(
      `This workspace has ${HARD_WORDS_PER_WORKSPACE} hard words, which is the most it can have. ` +
        'Remove a word you no longer need, then add this one.',
    );
  });

  it('tells everyone with a document of the workspace open, and nobody else', async () => {
    const heard: { document: string; notice: HardWordsNotice }[] = [];
    const listen = async (document: string) => {
      const socket = await rawSocket(
        server.wsOrigin,
        `/collab/${document}?acks=1&token=${server.adminToken}`,
        (frame) => {
          const decoder = decoding.createDecoder(new Uint8Array(frame));
          if (decoding.readVarUint(decoder) !== MessageType.hardWords) return;
          const notice = HardWordsNotice.parse(JSON.parse(decoding.readVarString(decoder)));
          heard.push({ document, notice });
        },
      );
      sockets.push(socket);
    };
    const elsewhere = await server.api.createDocument('Another board’s plan');
    await listen(documentId);
    await listen(elsewhere.id);
    const { id } = HardWordView.parse((await member.request('POST', words(), advocate)).body);
    const told = { document: documentId, notice: { workspaceId, actorId: memberId } };
    await eventually(() => expect(heard).toEqual([told]));
    await member.request('DELETE', `${words()}/${id}`);
    await eventually(() => expect(heard).toEqual([told, told]));
  });
});
