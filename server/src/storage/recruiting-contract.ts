// The recruiting contract: a public page keeps its words and its address (unique across
// workspaces); join requests come back newest first, are answered, linked to the person who
// joined with their invite, erased with their mail, and removed after their keeping time when
// declined or unanswered; the outbox keeps each mail until it is sent, with its tries and last
// error, and hands out only what is due.
import { expect, it } from 'vitest';
import { identityFixtures } from './identity-fixtures.ts';
import type { Store } from './ports.ts';
import type { JoinRequestRecord, OutboxMailRecord } from './recruiting-ports.ts';
import { aboutJoinRequest } from './recruiting-ports.ts';

const at = (day: number, minute = 0): string =>
  new Date(Date.UTC(2026, 11, day, 9, minute)).toISOString();

const text = {
  whoWeAre: 'People who use care services in the city.',
  whatWeDo: 'We meet once a month.',
  howToJoin: 'Fill in the form below.',
  easyRead: [{ text: 'We meet every month.', picture: '1F4C5', pictureAlt: 'A calendar' }],
};

export function recruitingContract(current: () => Store): void {
  const { newUser, newWorkspace } = identityFixtures(current);

  const request = (
    workspaceId: string,
    id: string,
    fields: Partial<JoinRequestRecord> = {},
  ): JoinRequestRecord => ({
    id,
    workspaceId,
    name: 'Jo Bloggs',
    contact: { way: 'post', address: '1 High Street\nTown' },
    needs: 'Large print, please.',
    reason: 'I use the services.',
    state: 'new',
    receivedAt: at(1),
    answeredAt: null,
    message: null,
    inviteId: null,
    personId: null,
    ...fields,
  });

  const mail = (workspaceId: string, id: string, fields: Partial<OutboxMailRecord> = {}) => ({
    id,
    workspaceId,
    about: 'join-request:r1',
    to: 'jo@example.org',
    subject: 'Hello',
    text: 'Dear Jo',
    attachments: [{ filename: 'event.ics', contentType: 'text/calendar', content: 'BEGIN' }],
    createdAt: at(1),
    attempts: 0,
    nextAttemptAt: at(1),
    lastError: null,
    sentAt: null,
    ...fields,
  });

  it('keeps a public page and its address, which only one workspace may use', async () => {
    const { publicPages } = current();
    const forum = await newWorkspace('Forum');
    const board = await newWorkspace('Board');
    expect(await publicPages.getPublicPage(forum)).toBeUndefined();
    const page = {
      workspaceId: forum,
      slug: 'city-forum',
      publishedAt: at(1),
      text,
      updatedAt: at(1),
    };
    expect(await publicPages.putPublicPage(page)).toBe(true);
    expect(await publicPages.findPublicPageBySlug('city-forum')).toEqual(page);
    expect(await publicPages.putPublicPage({ ...page, workspaceId: board })).toBe(false);
    const off = { ...page, publishedAt: null, updatedAt: at(2) };
    expect(await publicPages.putPublicPage(off)).toBe(true);
    expect(await publicPages.getPublicPage(forum)).toEqual(off);
  });

  it('lists join requests newest first, in their own workspace only', async () => {
    const { joinRequests } = current();
    const forum = await newWorkspace('Forum');
    const board = await newWorkspace('Board');
    await joinRequests.createJoinRequest(request(forum, 'r1', { receivedAt: at(1) }));
    await joinRequests.createJoinRequest(request(forum, 'r2', { receivedAt: at(3) }));
    await joinRequests.createJoinRequest(request(board, 'r3', { receivedAt: at(2) }));
    expect((await joinRequests.listJoinRequests(forum)).map((r) => r.id)).toEqual(['r2', 'r1']);
    expect(await joinRequests.getJoinRequest('r1')).toEqual(request(forum, 'r1'));
  });

  it('answers a request, and links it to the person who joined with its invite', async () => {
    const { joinRequests } = current();
    const forum = await newWorkspace('Forum');
    const jo = await newUser({ name: 'Jo' });
    await joinRequests.createJoinRequest(request(forum, 'r1'));
    const message = { text: 'Please join us', link: 'https://example.org/join/abc' };
    const answered = await joinRequests.answerJoinRequest('r1', {
      state: 'invited',
      answeredAt: at(2),
      message,
      inviteId: 'invite-1',
    });
    expect(answered).toMatchObject({ state: 'invited', answeredAt: at(2), message });
    expect(await joinRequests.linkJoinRequest('no-such-invite', jo.id)).toBeUndefined();
    const linked = await joinRequests.linkJoinRequest('invite-1', jo.id);
    expect(linked).toMatchObject({ id: 'r1', state: 'joined', personId: jo.id });
    expect((await joinRequests.listJoinRequestsOf(jo.id)).map((r) => r.id)).toEqual(['r1']);
    // Someone else joining with the same invite does not take the request over.
    const stranger = await newUser({ name: 'Stranger' });
    await joinRequests.linkJoinRequest('invite-1', stranger.id);
    expect(await joinRequests.getJoinRequest('r1')).toMatchObject({ personId: jo.id });
    expect(await joinRequests.listJoinRequestsOf(stranger.id)).toEqual([]);
    // A joined request is not answered again.
    await joinRequests.answerJoinRequest('r1', { state: 'declined', answeredAt: at(3), message });
    expect(await joinRequests.getJoinRequest('r1')).toMatchObject({ state: 'joined' });
  });

  it('erases a request with the mail about it, and nothing else', async () => {
    const { joinRequests, outbox } = current();
    const forum = await newWorkspace('Forum');
    await joinRequests.createJoinRequest(request(forum, 'r1'));
    await joinRequests.createJoinRequest(request(forum, 'r2'));
    await outbox.putMail(mail(forum, 'm1', { about: aboutJoinRequest('r1') }));
    await outbox.putMail(mail(forum, 'm2', { about: aboutJoinRequest('r2') }));
    expect(await joinRequests.eraseJoinRequest('r1')).toBe(true);
    expect(await joinRequests.eraseJoinRequest('r1')).toBe(false);
    expect(await joinRequests.getJoinRequest('r1')).toBeUndefined();
    expect(await outbox.getMail('m1')).toBeUndefined();
    expect(await outbox.getMail('m2')).toBeDefined();
  });

  it('removes declined and unanswered requests past keeping, with their mail', async () => {
    const { joinRequests, outbox } = current();
    const forum = await newWorkspace('Forum');
    const jo = await newUser({ name: 'Jo' });
    await joinRequests.createJoinRequest(request(forum, 'old-new', { receivedAt: at(1) }));
    await joinRequests.createJoinRequest(
      request(forum, 'old-declined', { receivedAt: at(1), state: 'declined' }),
    );
    await joinRequests.createJoinRequest(
      request(forum, 'old-joined', { receivedAt: at(1), state: 'joined', personId: jo.id }),
    );
    await joinRequests.createJoinRequest(
      request(forum, 'old-invited', { receivedAt: at(1), state: 'invited' }),
    );
    await joinRequests.createJoinRequest(request(forum, 'recent', { receivedAt: at(20) }));
    await outbox.putMail(mail(forum, 'm1', { about: aboutJoinRequest('old-declined') }));
    expect(await joinRequests.removeJoinRequestsBefore(at(10))).toBe(2);
    expect((await joinRequests.listJoinRequests(forum)).map((r) => r.id).sort()).toEqual([
      'old-invited',
      'old-joined',
      'recent',
    ]);
    expect(await outbox.getMail('m1')).toBeUndefined();
    expect(await joinRequests.removeJoinRequestsBefore(at(10))).toBe(0);
  });

  it('keeps each mail until it is sent, with its tries and last error', async () => {
    const { outbox } = current();
    const forum = await newWorkspace('Forum');
    await outbox.putMail(mail(forum, 'm1', { createdAt: at(1), nextAttemptAt: at(1) }));
    await outbox.putMail(mail(forum, 'm2', { createdAt: at(2), nextAttemptAt: at(2) }));
    await outbox.putMail(mail(forum, 'later', { createdAt: at(2), nextAttemptAt: at(9) }));
    expect((await outbox.listDueMail(at(5), 10)).map((m) => m.id)).toEqual(['m1', 'm2']);
    expect((await outbox.listDueMail(at(5), 1)).map((m) => m.id)).toEqual(['m1']);

    await outbox.markMailFailed('m1', { error: 'connect ECONNREFUSED', nextAttemptAt: at(6) });
    await outbox.markMailFailed('m1', { error: 'connect ETIMEDOUT', nextAttemptAt: at(7) });
    expect(await outbox.getMail('m1')).toMatchObject({
      attempts: 2,
      lastError: 'connect ETIMEDOUT',
      nextAttemptAt: at(7),
      sentAt: null,
    });
    expect((await outbox.listDueMail(at(5), 10)).map((m) => m.id)).toEqual(['m2']);
    // "Try again now": due from now, so after what was due before it.
    expect(await outbox.makeMailDue('m1', at(5))).toBe(true);
    expect((await outbox.listDueMail(at(5), 10)).map((m) => m.id)).toEqual(['m2', 'm1']);

    // One process takes a due mail; another then finds it not due.
    expect(await outbox.claimMail('m1', at(5), at(5, 2))).toBe(true);
    expect(await outbox.claimMail('m1', at(5), at(5, 2))).toBe(false);
    await outbox.markMailSent('m1', at(5, 1));
    expect(await outbox.getMail('m1')).toMatchObject({
      attempts: 3,
      lastError: null,
      sentAt: at(5, 1),
      attachments: mail(forum, 'x').attachments,
    });
    expect(await outbox.makeMailDue('m1', at(5))).toBe(false);
    expect((await outbox.listDueMail(at(9), 10)).map((m) => m.id)).toEqual(['m2', 'later']);
    // Oldest first; made at the same time, by id.
    expect((await outbox.listMailAbout(['join-request:r1'])).map((m) => m.id)).toEqual([
      'm1',
      'later',
      'm2',
    ]);
    expect(await outbox.listMailAbout([])).toEqual([]);
  });
}
