// Personal data stays out of the logs. A real server process runs at LOG_LEVEL=trace while a
// person does everything (joins with her name and email, signs in with a link, replies to a
// meeting with her access needs, votes, writes and suggests over /collab, comments, answers a
// proposal, exports, downloads her data); then everything it printed is searched for each word
// she gave and for every secret the journey used. The log must still say what happened: the
// requests, by route pattern, with their status.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAdminInDataDir } from './testing/harness.ts';
import { priya, priyaDoesEverything, type Journey } from './testing/personal-journey.ts';
import { freePort, startServerProcess, type ServerProcess } from './testing/process.ts';

describe('the log, at LOG_LEVEL=trace', () => {
  let dataDir: string;
  let server: ServerProcess;
  let journey: Journey;
  let output = '';

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'roundtable-logs-'));
    // Seeded beforehand, so the server prints no first-run setup link (a secret on purpose).
    const adminToken = await seedAdminInDataDir(dataDir);
    server = await startServerProcess({
      port: await freePort(),
      dataDir,
      env: { LOG_LEVEL: 'trace' },
      onOutput: (chunk) => (output += chunk.toString('utf8')),
    });
    journey = await priyaDoesEverything(server.origin, adminToken);
    const copy = await fetch(`${server.origin}/api/me/data`, {
      headers: { authorization: `Bearer ${journey.priyaToken}` },
    });
    expect(copy.status).toBe(200);
    await copy.arrayBuffer();
    await server.stop();
  }, 180_000);
  afterAll(async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('holds no name, email, access need, note, vote reason, comment or document text', () => {
    const given = Object.values(priya).flatMap((value) =>
      typeof value === 'string' ? [value] : [...value],
    );
    const found = [...given, 'Fay Facilitator', 'Quillfeather'].filter((words) =>
      output.includes(words),
    );
    expect(found).toEqual([]);
  });

  it('holds no token, session, invite or sign-in secret', () => {
    expect(journey.secrets.length).toBeGreaterThanOrEqual(6);
    const found = journey.secrets.filter((secret) => output.includes(secret));
    expect(found).toEqual([]);
  });

  it('still says what happened: requests by route pattern, connections and commands by id', () => {
    const lines = output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const requests = lines.filter((line) => line.msg === 'request');
    const routes = new Set(requests.map((line) => line.route));
    expect(routes).toContain('/api/invites/:token/join');
    expect(routes).toContain('/api/sign-in/link/:token');
    expect(routes).toContain('/api/me/data');
    expect(requests[0]).toMatchObject({ method: expect.any(String), status: expect.any(Number) });
    expect(requests.every((line) => typeof line.requestId === 'string')).toBe(true);
    expect(lines).toContainEqual(
      expect.objectContaining({
        msg: 'collab connection opened',
        documentId: journey.documentId,
        userId: journey.priyaId,
      }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({ msg: 'command', meetingId: journey.meetingId, command: 'rsvp' }),
    );
  });
});
