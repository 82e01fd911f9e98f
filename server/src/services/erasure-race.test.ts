// Erasing a person while they are writing: suggestions they send up to the moment their
// connection closes are stored under the pseudonym too, so their id is nowhere in what is kept.
// And a former member is not a person to erase again (they would get a new number).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formerMemberId } from '@roundtable/shared/domain/former-members';
import { connectClient, whenSynced, type TestClient } from '../testing/harness.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';
import { suggestParagraph } from '../testing/suggestion-paragraph.ts';

describe('erasing a person who is writing', () => {
  let server: TestServer;
  const clients: TestClient[] = [];
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.close();
  });

  it('stores what they sent until their connection closed under the pseudonym', async () => {
    const { id: documentId, workspaceId } = await server.api.createDocument();
    const person = await server.app.signIn.createPerson({
      name: 'Vic Racer',
      email: 'vic.racer@example.org',
      isAdmin: false,
    });
    await server.store.identity.putMembership({
      workspaceId,
      userId: person.id,
      role: 'member',
      joinedAt: new Date().toISOString(),
      inviteId: null,
    });
    const { token } = await server.app.tokens.create(person.id, 'test');
    const vic = connectClient(server.wsOrigin, documentId, { token });
    clients.push(vic);
    await whenSynced(vic);
    let closed = false;
    vic.provider.on('connection-close', () => (closed = true));
    let sent = 0;
    const writing = setInterval(() => {
      if (closed) return;
      sent += 1;
      suggestParagraph(vic.doc, 'Vic asks for ', `more ${sent}`, `svic${sent}`, person.id);
    }, 5);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const erased = await server.api.request('POST', `/api/people/${person.id}/erasure`, {
      removePendingSuggestions: false,
    });
    clearInterval(writing);
    expect(erased.status).toBe(200);
    expect(sent).toBeGreaterThan(5);

    const stored = await server.store.updates.loadDocument(documentId);
    const needle = Buffer.from(person.id, 'utf8');
    const holding = (stored?.updates ?? []).filter((update) =>
      Buffer.from(update).includes(needle),
    );
    expect(holding).toHaveLength(0);
  });

  it('answers 404 to erasing a former member, who keeps their number', async () => {
    const answer = await server.api.request('POST', `/api/people/${formerMemberId(1)}/erasure`, {
      removePendingSuggestions: false,
    });
    expect(answer.status).toBe(404);
  });
});
