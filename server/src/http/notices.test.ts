// The public notices over REST: anyone reads them, signed in or not; only an administrator
// changes them or puts them back to the template; what is saved is kept as text and sent as
// JSON, and a script typed into it stays words, never markup or a link.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseNoticeText } from '@roundtable/shared/domain/notice-text';
import { personApi, startTestServer, type TestApi, type TestServer } from '../testing/harness.ts';

describe('privacy notice and accessibility statement', () => {
  let server: TestServer;
  let member: TestApi;
  let anyone: TestApi;

  beforeAll(async () => {
    server = await startTestServer();
    const { workspaceId } = await server.api.createDocument();
    member = await personApi(server, workspaceId, 'Bea', 'facilitator');
    anyone = server.api.as(null);
  });
  afterAll(async () => {
    await server.close();
  });

  it('shows the templates to anyone, filled in with what Roundtable knows', async () => {
    const privacy = await anyone.request('GET', '/api/notices/privacy');
    expect(privacy.status).toBe(200);
    expect(privacy.body).toMatchObject({ kind: 'privacy', fromTemplate: true, updatedAt: null });
    const text = privacy.body.text as string;
    expect(text).toContain('removed 30 days after the meeting');
    // From the data map: every kind of thing kept, in its words.
    expect(text).toContain('how they like information (their communication profile)');
    expect(text).toContain('whether their name may appear in the co-production record');
    const statement = await anyone.request('GET', '/api/notices/accessibility');
    expect(statement.body.text).toContain('WCAG) 2.2 at level AA');
    expect(statement.body.text).toContain('axe-core');
    expect(statement.body.text).toContain('Observers who may comment');
    expect((await anyone.request('GET', '/api/notices/cookies')).status).toBe(400);
  });

  it('lets only an administrator change a page or put it back', async () => {
    const change = { text: '## Who we are\nHill Ward Council.' };
    expect((await anyone.request('PUT', '/api/notices/privacy', change)).status).toBe(401);
    expect((await member.request('PUT', '/api/notices/privacy', change)).status).toBe(403);
    expect((await member.request('DELETE', '/api/notices/privacy')).status).toBe(403);
    expect((await anyone.request('GET', '/api/notices/privacy')).body.fromTemplate).toBe(true);

    const saved = await server.api.request('PUT', '/api/notices/privacy', change);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ text: change.text, fromTemplate: false });
    expect((await anyone.request('GET', '/api/notices/privacy')).body).toMatchObject({
      text: change.text,
      fromTemplate: false,
    });
    const audit = await server.api.request('GET', '/api/audit');
    expect(JSON.stringify(audit.body)).toContain('notice.changed');

    const reset = await server.api.request('DELETE', '/api/notices/privacy');
    expect(reset.body).toMatchObject({ fromTemplate: true });
    expect((await anyone.request('GET', '/api/notices/privacy')).body.fromTemplate).toBe(true);
  });

  it('refuses an empty page, and keeps typed HTML as words, never markup', async () => {
    expect(
      (await server.api.request('PUT', '/api/notices/accessibility', { text: ' ' })).status,
    ).toBe(400);
    const typed = '<script>alert(1)</script> [click](javascript:alert(1)) <b>bold</b>';
    await server.api.request('PUT', '/api/notices/accessibility', { text: typed });
    const response = await fetch(`${server.origin}/api/notices/accessibility`);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const { text } = (await response.json()) as { text: string };
    expect(text).toBe(typed);
    expect(parseNoticeText(text)).toEqual([
      { kind: 'paragraph', inlines: [{ kind: 'text', text: typed, bold: false }] },
    ]);
  });

  it('refuses hidden and direction-changing characters, and takes its own templates back', async () => {
    for (const text of ['Our notice\u0000', 'Read \u202eniamdA', 'Line one\nline\u200b two']) {
      const refused = await server.api.request('PUT', '/api/notices/privacy', { text });
      expect(refused.status).toBe(400);
    }
    for (const kind of ['privacy', 'accessibility']) {
      const template = (await server.api.request('GET', `/api/notices/${kind}`)).body.text;
      const saved = await server.api.request('PUT', `/api/notices/${kind}`, { text: template });
      expect(saved.status).toBe(200);
    }
  });
});
