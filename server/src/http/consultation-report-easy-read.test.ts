// The "You said, we did" report in Easy Read: short sentences saying what people said and what the
// group did, in the Easy Read layout (a picture beside each idea), as a web page and a PDF, for
// members and, once the consultation has closed, for anyone. Every word people wrote is escaped.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ConsultationDetails,
  ConsultationSummary,
} from '@roundtable/shared/protocol/consultations';
import { storeVersion, versionWithWords } from '../testing/consultation-fixtures.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';

describe('REST: the "You said, we did" report in Easy Read', () => {
  let server: TestServer;
  afterEach(() => server.close());
  beforeEach(async () => {
    server = await startTestServer();
  });

  const download = (path: string) =>
    fetch(`${server.origin}${path}`, { headers: { authorization: `Bearer ${server.adminToken}` } });

  async function closedConsultation() {
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
    const asked = await server.api.request('POST', `/api/consultations/${id}/questions`, {
      kind: 'agree',
      paragraph: 2,
      prompt: 'Do you agree about <ramps>?',
    });
    await anyone.request(
      'POST',
      `/api/public/consultations/${id}/questions/${asked.body.id as string}/answers`,
      { answer: 'agree' },
    );
    for (const [paragraph, body] of [
      [1, 'Make them free for carers too.'],
      [2, 'Ramps <script>alert(1)</script> please.'],
    ] as const) {
      await anyone.request('POST', `/api/public/consultations/${id}/comments`, { paragraph, body });
    }
    const [first, second] = ConsultationDetails.parse(
      (await server.api.request('GET', `/api/consultations/${id}`)).body,
    ).comments;
    for (const comment of [first!, second!]) {
      await server.api.request(
        'POST',
        `/api/consultations/${id}/comments/${comment.id}/moderation`,
        {
          decision: 'approve',
        },
      );
    }
    await server.api.request('POST', `/api/consultations/${id}/close`);
    await server.api.request('PUT', `/api/consultations/${id}/comments/${first!.id}/outcome`, {
      outcome: 'changed',
    });
    await server.api.request('PUT', `/api/consultations/${id}/comments/${second!.id}/outcome`, {
      outcome: 'not-taken',
      reason: 'The station is not <ours>',
    });
    await storeVersion(
      server,
      documentId,
      'After the consultation',
      ['Buses should be free, for carers too.', 'Trains need ramps.'],
      new Date(Date.now() + 1000),
    );
    return id;
  }

  it('says what people said and what the group did, in short sentences with pictures', async () => {
    const id = await closedConsultation();
    for (const path of [
      `/api/consultations/${id}/report?easyRead=1`,
      `/api/public/consultations/${id}/report?easyRead=1`,
    ]) {
      const response = await download(path);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain('class="easy-read"');
      expect(html).toContain('You said, we did - Our Strategy - Easy Read');
      expect(html).toContain('<h2>Part 1 of the plan</h2>');
      expect(html).toContain('You said: Make them free for carers too.');
      expect(html).toContain('We did: we changed the plan.');
      expect(html).toContain('Now this part says: “Buses should be free, for carers too.”');
      expect(html).toContain('You said: Ramps &#60;script&#62;alert(1)&#60;/script&#62; please.');
      expect(html).toContain(
        'We did not change the plan, because: The station is not &#60;ours&#62;',
      );
      expect(html).toContain('This part of the plan is the same now.');
      expect(html).toContain('We asked: Do you agree about &#60;ramps&#62;?');
      expect(html).toContain('1 person said: I agree');
      expect(html).toContain('alt="A person speaking"');
      expect(html).not.toContain('<script>');
    }
  });

  it('comes as a PDF too, for members and the public', async () => {
    const id = await closedConsultation();
    for (const path of [
      `/api/consultations/${id}/report?format=pdf&easyRead=1`,
      `/api/public/consultations/${id}/report?format=pdf&easyRead=1`,
    ]) {
      const file = await download(path);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toContain('application/pdf');
      expect(file.headers.get('content-disposition')).toContain('Easy%20Read.pdf');
      expect(
        Buffer.from(await file.arrayBuffer())
          .subarray(0, 4)
          .toString(),
      ).toBe('%PDF');
    }
    expect((await download(`/api/public/consultations/${id}/report?format=docx`)).status).toBe(400);
  });
});
