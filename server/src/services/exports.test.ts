// Export over REST: every format, for scripts with API tokens, from the stored Yjs state with
// the editor's schema; agreed versions say so; every export is audited.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  appendParagraph,
  connectClient,
  eventually,
  startTestServer,
  whenSynced,
  type TestServer,
} from '../testing/harness.ts';

describe('exporting a document', () => {
  let server: TestServer;
  afterEach(async () => {
    await server.close();
  });

  it('exports the draft in every format, and an agreed version says so on its first page', async () => {
    server = await startTestServer();
    const { id } = await server.api.createDocument('Learning Disability Strategy');
    const writer = connectClient(server.wsOrigin, id, { token: server.adminToken });
    await whenSynced(writer);
    appendParagraph(writer.doc, 'We want good jobs <script>alert(1)</script>');
    const get = (query: string) =>
      fetch(`${server.origin}/api/documents/${id}/export?${query}`, {
        headers: { authorization: `Bearer ${server.adminToken}` },
      });
    await eventually(async () =>
      expect(await (await get('format=md')).text()).toContain('good jobs'),
    );

    const md = await get('format=md');
    expect(md.headers.get('content-disposition')).toBe(
      'attachment; filename="Learning Disability Strategy.md"; ' +
        "filename*=UTF-8''Learning%20Disability%20Strategy.md",
    );
    expect(await md.text()).toContain('We want good jobs \\<script\\>alert(1)\\</script\\>');
    const html = await (await get('format=html&easyRead=1&record=1')).text();
    expect(html).toContain('We want good jobs &#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).not.toContain('<script');
    expect(html).toContain('Co-production record');
    expect((await get('format=docx')).headers.get('content-type')).toContain('wordprocessingml');
    // An Easy Read file says how many pages it takes: counted in a PDF, estimated otherwise.
    const easyRead = await get('format=pdf&easyRead=1&textSize=21');
    expect(easyRead.headers.get('roundtable-page-count')).toBe('1');
    expect(easyRead.headers.get('roundtable-page-count-basis')).toBe('pdf');
    const word = await get('format=docx&easyRead=1');
    expect(word.headers.get('roundtable-page-count')).toBe('1');
    expect(word.headers.get('roundtable-page-count-basis')).toBe('estimate');
    expect((await get('format=pdf')).headers.get('roundtable-page-count')).toBeNull();
    expect((await get('format=pdf&easyRead=1&textSize=30')).status).toBe(400);

    const saved = await server.api.request('POST', `/api/documents/${id}/versions`, {
      name: 'Final draft',
    });
    await server.store.versions.markAgreed(saved.body.id as string, {
      agreedAt: '2026-12-01T11:00:00.000Z',
      how: {},
    });
    const pdf = Buffer.from(await (await get(`format=pdf&version=${saved.body.id}`)).arrayBuffer());
    const file = join(mkdtempSync(join(tmpdir(), 'roundtable-export-')), 'agreed.pdf');
    writeFileSync(file, pdf);
    const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Agreed on 1 December 2026 by Learning Disability Partnership Board');
    expect(text).toContain('We want good jobs <script>alert(1)</script>');

    expect((await get('format=exe')).status).toBe(400);
    expect((await fetch(`${server.origin}/api/documents/${id}/export?format=md`)).status).toBe(401);
    const audit = await server.api.request('GET', '/api/audit');
    expect(
      (audit.body as unknown as Array<{ action: string }>).filter(
        (e) => e.action === 'document.exported',
      ).length,
    ).toBeGreaterThanOrEqual(5);
    writer.destroy();
  });

  it('lets a person add an email to their profile, once per address', async () => {
    server = await startTestServer();
    const person = await server.app.signIn.createPerson({
      name: 'Sam',
      email: null,
      isAdmin: false,
    });
    const token = (await server.app.tokens.create(person.id, 't')).token;
    const taken = await server.api
      .as(token)
      .request('PATCH', '/api/me', { email: 'ada@example.org' });
    expect(taken.body.error).toMatchObject({ code: 'conflict', field: 'email' });
    const added = await server.api
      .as(token)
      .request('PATCH', '/api/me', { email: 'sam@example.org' });
    expect(added.body).toMatchObject({ email: 'sam@example.org' });
    expect(
      (
        await server.api
          .as(token)
          .request('PUT', '/api/me/password', { password: 'a long enough one' })
      ).status,
    ).toBe(204);
  });

  it('names the file with every letter of the title, and a plain fallback', async () => {
    server = await startTestServer();
    const { id } = await server.api.createDocument('Zoë’s plan');
    const response = await fetch(`${server.origin}/api/documents/${id}/export?format=md`, {
      headers: { authorization: `Bearer ${server.adminToken}` },
    });
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Zoes plan.md"; filename*=UTF-8''Zo%C3%ABs%20plan.md`,
    );
  });
});
