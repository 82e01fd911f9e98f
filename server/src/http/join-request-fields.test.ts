// What the public side takes: a join request's phone number is a phone number (digits, with
// spaces and + ( ) - . if people like, at least 6 digits), and an Easy Read picture on the
// public page is one of the OpenMoji pictures the picker offers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personApi, startTestServer, type TestApi, type TestServer } from '../testing/harness.ts';
import { byPost, pageText, publishPage } from '../testing/recruiting-fixtures.ts';

describe('the fields of the public page and the join form', () => {
  let server: TestServer;
  let workspaceId: string;
  let facilitator: TestApi;
  let anyone: TestApi;

  beforeAll(async () => {
    server = await startTestServer();
    ({ workspaceId } = await server.api.createDocument());
    facilitator = await personApi(server, workspaceId, 'Fran', 'facilitator');
    anyone = server.api.as(null);
    expect((await publishPage(facilitator, workspaceId, 'field-ward')).status).toBe(200);
  });
  afterAll(async () => {
    await server.close();
  });

  const sendWithPhone = (phone: string) =>
    anyone.request('POST', '/api/public-pages/field-ward/join-requests', {
      ...byPost,
      contact: { way: 'phone', phone },
    });

  it('takes a phone number as people write one, and refuses anything else', async () => {
    for (const phone of ['01632 960 001', '+44 (0)1632 960-001', '07700.900.123']) {
      expect((await sendWithPhone(phone)).status, phone).toBe(201);
    }
    for (const phone of ['call me maybe', '12345', '<script>1</script>', '0163\n296', '☎ 01632']) {
      const refused = await sendWithPhone(phone);
      expect(refused.status, phone).toBe(400);
    }
    const short = await sendWithPhone('12-34-5');
    expect(JSON.stringify(short.body)).toContain('at least 6 digits');
  });

  it('keeps only known OpenMoji pictures in the Easy Read version', async () => {
    const save = (picture: string | null) =>
      facilitator.request('PUT', `/api/workspaces/${workspaceId}/public-page`, {
        published: true,
        slug: 'field-ward',
        text: { ...pageText, easyRead: [{ text: 'We meet.', picture, pictureAlt: 'A picture' }] },
      });
    for (const picture of ['1F4C5', '1F468-200D-1F469-200D-1F467', null]) {
      expect((await save(picture)).status, String(picture)).toBe(200);
    }
    for (const picture of ['FFFFFF', '1F4C5-1F4C5-1F4C5', '1f4c5', '../1F4C5', 'ABCDEF12']) {
      const refused = await save(picture);
      expect(refused.status, picture).toBe(400);
      expect(JSON.stringify(refused.body)).toContain('Please choose a picture from the list');
    }
    const page = await anyone.request('GET', '/api/public-pages/field-ward');
    expect(page.body.text).toMatchObject({ easyRead: [{ picture: null }] });
  });
});
