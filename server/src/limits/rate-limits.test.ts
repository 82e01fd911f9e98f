// Issue 10, defect 8: rate limits. Password guessing against one account slows down; a caller is
// counted as the verified person, or by address (X-Forwarded-For only with TRUST_PROXY); and
// with Redis every process spends from one budget.
import { afterEach, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { eventually, personApi, startTestServer, type TestServer } from '../testing/harness.ts';
import { defaultBudgets, RequestLimits } from './request-limits.ts';

describe('rate limits over REST', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const signInWith = (password: string, email = 'ada@example.org') =>
    fetch(`${server!.origin}/api/sign-in/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });

  it('backs off password guesses for one account, and a right password clears the count', async () => {
    server = await startTestServer();
    const password = 'correct horse battery';
    expect((await server.api.request('PUT', '/api/me/password', { password })).status).toBe(204);

    // A few slips are free, and signing in clears them.
    for (let i = 0; i < 4; i++) expect((await signInWith('wrong guess')).status).toBe(401);
    expect((await signInWith(password)).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await signInWith('wrong guess')).status).toBe(401);

    // Then every wrong guess makes the next attempt wait, even with the right password.
    expect((await signInWith('wrong guess')).status).toBe(401);
    const refused = await signInWith(password);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toMatch(/Too many wrong passwords.*wait \d+ seconds?/);
    // Any spelling of the address counts the same.
    expect((await signInWith(password, 'ADA@example.org')).status).toBe(429);

    // Once the wait is over the right password works again.
    await eventually(async () => expect((await signInWith(password)).status).toBe(200), 5000);
  });

  it('stops 130 guesses at one account from one address long before the end', async () => {
    server = await startTestServer();
    const statuses: number[] = [];
    for (let i = 0; i < 130; i++) statuses.push((await signInWith(`guess ${i}`)).status);
    expect(statuses.slice(0, 6).every((status) => status === 401)).toBe(true);
    expect(statuses.filter((status) => status === 401).length).toBeLessThan(10);
    expect(statuses.slice(-100).every((status) => status === 429)).toBe(true);
  });

  const exhaustSignInBudget = async (origin: string, forwardedFor: string): Promise<number> => {
    for (let i = 0; i < 500; i++) {
      const response = await fetch(`${origin}/api/sign-in/options`, {
        headers: { 'x-forwarded-for': forwardedFor },
      });
      if (response.status === 429) return i;
    }
    return -1;
  };
  const optionsStatus = async (origin: string, forwardedFor: string) =>
    (await fetch(`${origin}/api/sign-in/options`, { headers: { 'x-forwarded-for': forwardedFor } }))
      .status;

  it('counts each client behind a trusted proxy apart with TRUST_PROXY', async () => {
    server = await startTestServer({ TRUST_PROXY: '1' });
    expect(await exhaustSignInBudget(server.origin, '203.0.113.1')).toBeGreaterThan(30);
    expect(await optionsStatus(server.origin, '203.0.113.2')).toBe(200);
    expect(await optionsStatus(server.origin, '203.0.113.1')).toBe(429);
  });

  it('ignores X-Forwarded-For without TRUST_PROXY, so nobody picks a fresh budget', async () => {
    server = await startTestServer();
    expect(await exhaustSignInBudget(server.origin, '203.0.113.1')).toBeGreaterThan(30);
    expect(await optionsStatus(server.origin, '203.0.113.2')).toBe(429);
  });

  it('counts a made-up token by address, not as a budget of its own', async () => {
    server = await startTestServer();
    let refusedAt = -1;
    for (let i = 0; i < 1000 && refusedAt < 0; i++) {
      const response = await fetch(`${server.origin}/api/me`, {
        headers: { authorization: `Bearer rt_made-up-${i}` },
      });
      if (response.status === 429) refusedAt = i;
    }
    expect(refusedAt).toBeGreaterThan(30);
  });

  it("counts a signed-in person's requests together, whichever token they use", async () => {
    server = await startTestServer();
    const second = (await server.api.request('POST', '/api/tokens', { name: 'second' })).body
      .token as string;
    let refusedAt = -1;
    for (let i = 0; i < 1000 && refusedAt < 0; i++) {
      const token = i % 2 === 0 ? server.adminToken : second;
      const response = await fetch(`${server.origin}/api/me`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (response.status === 429) refusedAt = i;
    }
    expect(refusedAt).toBeGreaterThan(30);
    expect(refusedAt).toBeLessThan(400);
  });
});

const redisUrl = process.env.REDIS_URL;

describe.skipIf(!redisUrl)('rate limits shared through Redis', () => {
  const clients: Redis[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.quit()));
  });

  it('gives two processes one budget', async () => {
    const open = async () => {
      const client = new Redis(redisUrl!, { maxRetriesPerRequest: 1 });
      clients.push(client);
      await client.ping();
      return client;
    };
    const budgets = {
      person: { points: 10, durationSeconds: 60 },
      address: { points: 10, durationSeconds: 60 },
      signIn: { points: 10, durationSeconds: 60 },
      publicForm: {
        join: { points: 10, durationSeconds: 60 },
        booking: { points: 10, durationSeconds: 60 },
        comment: { points: 10, durationSeconds: 60 },
        report: { points: 10, durationSeconds: 60 },
      },
      emailChange: { points: 10, durationSeconds: 60 },
    };
    // Two processes' limits, each with its own Redis connection.
    const first = new RequestLimits({ kind: 'redis', client: await open() }, budgets);
    const second = new RequestLimits({ kind: 'redis', client: await open() }, budgets);
    const caller = { kind: 'person', userId: `shared-${process.pid}-${Date.now()}` } as const;
    const answers = [];
    for (let i = 0; i < 12; i++) answers.push(await (i % 2 ? first : second).request(caller));
    expect(answers.filter((answer) => answer.ok)).toHaveLength(10);
    expect(answers.slice(10).every((answer) => !answer.ok)).toBe(true);
  });
});

describe('the public forms', () => {
  it('give each form its own budget, so a day centre that booked all morning can still ask to join', async () => {
    const limits = new RequestLimits({ kind: 'memory' });
    const centre = { kind: 'address', address: '203.0.113.7' } as const;
    const bookings = [];
    for (let i = 0; i <= defaultBudgets.publicForm.booking.points; i++) {
      bookings.push(await limits.publicFormAttempt('booking', centre));
    }
    expect(bookings.at(-1)?.ok).toBe(false);
    expect((await limits.publicFormAttempt('join', centre)).ok).toBe(true);
    expect((await limits.publicFormAttempt('comment', centre)).ok).toBe(true);
    const elsewhere = { kind: 'address', address: '203.0.113.8' } as const;
    expect((await limits.publicFormAttempt('booking', elsewhere)).ok).toBe(true);
  });
});

describe('changing one’s own email address', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('is limited per person, so nobody can ask in bulk which addresses have accounts', async () => {
    server = await startTestServer();
    await server.app.signIn.createPerson({ name: 'Kim', email: 'kim@example.org', isAdmin: false });
    const { workspaceId } = await server.api.createDocument();
    const sam = await personApi(server, workspaceId, 'Sam', 'member');
    const change = (email: string) => sam.request('PATCH', '/api/me', { email });

    const taken = await change('kim@example.org');
    expect(taken.status).toBe(409);
    expect(taken.body.error).toMatchObject({
      message: 'Someone else already uses this email address.',
    });
    const budget = defaultBudgets.emailChange.points;
    for (let i = 1; i < budget; i++) {
      expect((await change(`sam${i}@example.org`)).status).toBe(200);
    }
    const refused = await sam.request('PATCH', '/api/me', { email: 'kim@example.org' });
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatchObject({
      code: 'rate_limited',
      message: expect.stringContaining('change your email address many times'),
    });
    // Their name can still be changed, and someone else's budget is their own.
    expect((await sam.request('PATCH', '/api/me', { name: 'Sam B' })).status).toBe(200);
    const other = await personApi(server, workspaceId, 'Lee', 'member');
    expect((await other.request('PATCH', '/api/me', { email: 'lee@example.org' })).status).toBe(
      200,
    );
  });
});
