// The optional ways back in: email and password (argon2id), and sign-in links by email.
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeSmtp, unfold, type FakeSmtp } from '../testing/fake-smtp.ts';
import { eventually, startTestServer, type TestServer } from '../testing/harness.ts';

describe('signing in with a password or an emailed link', () => {
  let server: TestServer | undefined;
  let smtp: FakeSmtp | undefined;
  afterEach(async () => {
    await server?.close();
    await smtp?.close();
    server = undefined;
    smtp = undefined;
  });

  it('lets a person with an email choose a password and sign in with it', async () => {
    server = await startTestServer();
    expect(
      (await server.api.request('PUT', '/api/me/password', { password: 'short' })).status,
    ).toBe(400);
    expect(
      (await server.api.request('PUT', '/api/me/password', { password: 'correct horse battery' }))
        .status,
    ).toBe(204);
    const stored = await server.store.identity.findUserByEmail('ada@example.org');
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
    const ok = await server.api.as(null).request('POST', '/api/sign-in/password', {
      email: 'ADA@example.org',
      password: 'correct horse battery',
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ profile: { name: 'Ada Admin', hasPassword: true } });
    const wrong = await server.api
      .as(null)
      .request('POST', '/api/sign-in/password', { email: 'ada@example.org', password: 'nope' });
    const unknown = await server.api
      .as(null)
      .request('POST', '/api/sign-in/password', { email: 'eve@example.org', password: 'nope' });
    expect(wrong.status).toBe(401);
    expect(unknown).toEqual(wrong);
  });

  it('says email sign-in is not set up when SMTP_URL is not set', async () => {
    server = await startTestServer();
    expect((await server.api.as(null).request('GET', '/api/sign-in/options')).body).toEqual({
      email: false,
      password: true,
    });
    const response = await server.api
      .as(null)
      .request('POST', '/api/sign-in/email', { email: 'ada@example.org' });
    expect(response.status).toBe(404);
  });

  it('emails a one-time link when SMTP_URL is set, and answers the same for unknown addresses', async () => {
    smtp = await startFakeSmtp();
    server = await startTestServer({
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'https://roundtable.example',
    });
    expect((await server.api.as(null).request('GET', '/api/sign-in/options')).body).toEqual({
      email: true,
      password: true,
    });
    const unknown = await server.api
      .as(null)
      .request('POST', '/api/sign-in/email', { email: 'eve@example.org' });
    const known = await server.api
      .as(null)
      .request('POST', '/api/sign-in/email', { email: 'ada@example.org' });
    expect(known).toEqual(unknown);
    expect(known.status).toBe(202);
    await eventually(() => expect(smtp!.messages).toHaveLength(1));
    const link = unfold(smtp.messages[0]!).match(
      /https:\/\/roundtable\.example\/sign-in\/([A-Za-z0-9_-]{20,})/,
    )?.[1];
    expect(link).toBeDefined();
    const signedIn = await server.api
      .as(null)
      .request('POST', `/api/sign-in/link/${link}`, { remember: true });
    expect(signedIn.body).toMatchObject({ profile: { email: 'ada@example.org' } });
  });

  it('emails no link without PUBLIC_URL, whatever Host the request names', async () => {
    smtp = await startFakeSmtp();
    server = await startTestServer({ SMTP_URL: smtp.url });
    expect((await server.api.as(null).request('GET', '/api/sign-in/options')).body).toEqual({
      email: false,
      password: true,
    });
    const response = await fetch(`${server.origin}/api/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', host: 'attacker.example' },
      body: JSON.stringify({ email: 'ada@example.org' }),
    });
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(
      /PUBLIC_URL/,
    );
    // Nothing was sent: give the mailer a moment it would have used, then look.
    await server.api.request('GET', '/api/me');
    expect(smtp.messages).toEqual([]);
  });
});
