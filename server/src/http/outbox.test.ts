// The outbox (issue 14): an answer to someone who gave an email address is stored before it is
// sent, and sent in the background; while the mail server does not answer it waits, with its
// tries and what went wrong in plain words, and "Try again now" tries at once; it survives a
// restart and goes when the mail server answers again. Without SMTP_URL nothing is queued.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../storage/sqlite/sqlite-store.ts';
import { startFakeSmtp, unfold, type FakeSmtp } from '../testing/fake-smtp.ts';
import { eventually, personApi, startTestServer, type TestServer } from '../testing/harness.ts';
import { byPost, publishPage } from '../testing/recruiting-fixtures.ts';

interface Queue {
  requests: { id: string; mails: { id: string; summary: string; sent: boolean }[] }[];
  canEmail: boolean;
}

describe('the outbox', () => {
  let dir: string;
  let smtp: FakeSmtp;
  const file = () => join(dir, 'kept.sqlite');
  const serverWith = (smtpUrl: string) =>
    startTestServer({ SMTP_URL: smtpUrl }, async () => openSqliteStore({ filename: file() }));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'roundtable-outbox-'));
    smtp = await startFakeSmtp();
  });
  afterAll(async () => {
    await smtp.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps a mail while the mail server is down, across a restart, and sends it later', async () => {
    const down = await startFakeSmtp();
    await down.close();
    let server: TestServer = await serverWith(down.url);
    const { workspaceId } = await server.api.createDocument();
    const facilitator = await personApi(server, workspaceId, 'Fran', 'facilitator');
    await publishPage(facilitator, workspaceId, 'mail-forum');
    await server.api.as(null).request('POST', '/api/public-pages/mail-forum/join-requests', {
      ...byPost,
      contact: { way: 'email', email: 'jo@example.org' },
    });
    const queue = async () =>
      (await facilitator.request('GET', `/api/workspaces/${workspaceId}/join-requests`))
        .body as unknown as Queue;
    const [request] = (await queue()).requests;
    const path = `/api/workspaces/${workspaceId}/join-requests/${request!.id}/answers`;
    const answered = await facilitator.request('POST', path, { kind: 'invite', message: '' });
    expect(answered.body).toMatchObject({ state: 'invited' });

    await eventually(async () => {
      const [mail] = (await queue()).requests[0]!.mails;
      expect(mail?.summary).toBe('Waiting to send: tried once, the mail server did not answer');
    });
    const [mail] = (await queue()).requests[0]!.mails;
    const retry = `/api/workspaces/${workspaceId}/mails/${mail!.id}/retry`;
    expect((await server.api.as(null).request('POST', retry)).status).toBe(401);
    expect((await facilitator.request('POST', retry)).status).toBe(204);
    expect((await queue()).requests[0]!.mails[0]!.summary).toBe(
      'Waiting to send: tried 2 times, the mail server did not answer',
    );

    // A restart with the mail server back: the stored mail goes, once.
    await server.app.close();
    await server.store.close();
    server = await serverWith(smtp.url);
    // It waits a little longer after each failed try (here 2 minutes), then goes.
    expect(smtp.messages).toHaveLength(0);
    server.advanceClock(3 * 60 * 1000);
    await server.app.outbox.sendDue();
    await eventually(() => expect(smtp.messages).toHaveLength(1));
    const sent = unfold(smtp.messages[0]!);
    expect(sent).toContain('jo@example.org');
    expect(sent).toMatch(/\/join\/[A-Za-z0-9_-]{20,}/);
    const fran = await personApi(server, workspaceId, 'Fran again', 'facilitator');
    const after = (await fran.request('GET', `/api/workspaces/${workspaceId}/join-requests`))
      .body as unknown as Queue;
    expect(after.requests[0]!.mails[0]).toMatchObject({ sent: true });
    expect(after.requests[0]!.mails[0]!.summary).toMatch(/^Sent on \d+ \w+$/);
    await server.close();
  });

  it('queues nothing without SMTP_URL: the answer is a letter', async () => {
    const server = await startTestServer();
    const { workspaceId } = await server.api.createDocument();
    await publishPage(server.api, workspaceId, 'letter-forum');
    await server.api.as(null).request('POST', '/api/public-pages/letter-forum/join-requests', {
      ...byPost,
      contact: { way: 'email', email: 'jo@example.org' },
    });
    const base = `/api/workspaces/${workspaceId}/join-requests`;
    const list = (await server.api.request('GET', base)).body as unknown as Queue;
    expect(list.canEmail).toBe(false);
    const id = list.requests[0]!.id;
    const answered = await server.api.request('POST', `${base}/${id}/answers`, {
      kind: 'ask',
      message: 'Which day suits you?',
    });
    expect(answered.body).toMatchObject({ state: 'asked', mails: [] });
    const letter = await server.api.request('GET', `${base}/${id}/letter`);
    expect(letter.body.message).toContain('Which day suits you?');
    await server.close();
  });
});
