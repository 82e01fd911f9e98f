// The "You said, we did" report over REST: each approved comment under its paragraph with what
// the group decided, and what the paragraph became in the next version; for members only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ConsultationDetails,
  ConsultationSummary,
} from '@roundtable/shared/protocol/consultations';
import { storeVersion, versionWithWords } from '../testing/consultation-fixtures.ts';
import { personApi, startTestServer, type TestServer } from '../testing/harness.ts';

describe('REST: the "You said, we did" report', () => {
  let server: TestServer;
  afterEach(() => server.close());
  beforeEach(async () => {
    server = await startTestServer();
  });

  it('links each comment and its outcome to the change in the next version', async () => {
    const { documentId, workspaceId, versionId } = await versionWithWords(server);
    const { id } = ConsultationSummary.parse(
      (
        await server.api.request('POST', `/api/workspaces/${workspaceId}/consultations`, {
          versionId,
          introduction: 'Tell us.',
          closesAt: new Date(Date.now() + 86_400_000).toISOString(),
        })
      ).body,
    );
    const anyone = server.api.as(null);
    const send = (paragraph: number, body: string) =>
      anyone.request('POST', `/api/public/consultations/${id}/comments`, {
        paragraph,
        body,
        name: 'Jo <b>',
      });
    await send(1, 'Make them free for carers too.');
    const asked = await server.api.request('POST', `/api/consultations/${id}/questions`, {
      kind: 'agree',
      paragraph: 2,
      prompt: 'Do you agree about ramps?',
    });
    await anyone.request(
      'POST',
      `/api/public/consultations/${id}/questions/${asked.body.id as string}/answers`,
      { answer: 'agree' },
    );
    await send(2, 'Ramps <script>alert(1)</script> please.');
    const comments = ConsultationDetails.parse(
      (await server.api.request('GET', `/api/consultations/${id}`)).body,
    ).comments;
    for (const comment of comments) {
      await server.api.request(
        'POST',
        `/api/consultations/${id}/comments/${comment.id}/moderation`,
        { decision: 'approve' },
      );
    }
    const publicReport = () => fetch(`${server.origin}/api/public/consultations/${id}/report`);
    expect((await publicReport()).status).toBe(409);
    await server.api.request('POST', `/api/consultations/${id}/close`);
    const [first, second] = comments;
    await server.api.request('PUT', `/api/consultations/${id}/comments/${first!.id}/outcome`, {
      outcome: 'changed',
    });
    await server.api.request('PUT', `/api/consultations/${id}/comments/${second!.id}/outcome`, {
      outcome: 'not-taken',
      reason: 'The station is not ours',
    });
    // Saved by itself first (after editing): work in progress, never in the report.
    await storeVersion(
      server,
      documentId,
      'Saved automatically after editing',
      ['WORK IN PROGRESS: do not share', 'Trains need ramps.'],
      new Date(Date.now() + 500),
      'quiet',
    );
    await storeVersion(
      server,
      documentId,
      'After the consultation',
      ['Buses should be free, for carers too.', 'Trains need ramps.'],
      new Date(Date.now() + 1000),
    );
    await storeVersion(
      server,
      documentId,
      'Before restoring "After the consultation"',
      ['INTERNAL ONLY', 'Trains need ramps.'],
      new Date(Date.now() + 1500),
      'before-restore',
    );

    const member = await personApi(server, workspaceId, 'Mo', 'member');
    const response = await fetch(`${server.origin}/api/consultations/${id}/report`, {
      headers: { authorization: `Bearer ${member.token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(response.headers.get('content-disposition')).toMatch(/attachment/);
    const html = await response.text();
    expect(html).toContain('<h1>You said, we did: Our Strategy</h1>');
    expect(html).toContain('Make them free for carers too.');
    expect(html).toContain('We changed the draft');
    expect(html).toContain('In “After the consultation” this paragraph now says:');
    expect(html).toContain('Buses should be free, for carers too.');
    expect(html).not.toMatch(/WORK IN PROGRESS|INTERNAL ONLY|Saved automatically|Before restoring/);
    expect(html).toContain('We did not take this forward</strong>: The station is not ours');
    expect(html).toContain('this paragraph did not change');
    expect(html).toContain('<caption>Paragraph 2: Do you agree about ramps?</caption>');
    expect(html).toContain('<th scope="row">I agree</th><td>1</td>');
    expect(html).toContain('Ramps &#60;script&#62;alert(1)&#60;/script&#62; please.');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Jo &#60;b&#62;');

    // As a PDF and a Word file, made by the export pipeline.
    for (const [format, type, magic] of [
      ['pdf', 'application/pdf', '%PDF'],
      ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'PK'],
    ] as const) {
      const file = await fetch(`${server.origin}/api/consultations/${id}/report?format=${format}`, {
        headers: { authorization: `Bearer ${member.token}` },
      });
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toContain(type);
      expect(
        Buffer.from(await file.arrayBuffer())
          .subarray(0, magic.length)
          .toString(),
      ).toBe(magic);
    }
    expect((await member.request('GET', `/api/consultations/${id}/report?format=exe`)).status).toBe(
      400,
    );

    // Once closed, anyone may read it: the same words the public page shows.
    const shared = await publicReport();
    expect(shared.status).toBe(200);
    expect(await shared.text()).toContain('In “After the consultation” this paragraph now says:');

    const other = await versionWithWords(server);
    const outsider = await personApi(server, other.workspaceId, 'Fay', 'facilitator');
    expect((await outsider.request('GET', `/api/consultations/${id}/report`)).status).toBe(403);
    expect((await anyone.request('GET', `/api/consultations/${id}/report`)).status).toBe(401);
  });
});
