// A person who has done everything, made through the server's own ways in (REST, /collab,
// /meeting), never through its stores: for the tests of "Download my data" and of the log. Priya
// joins two workspaces with invite links (giving her name and email), fills in her profile, signs
// in with a link, replies to a meeting with her access needs, is there, votes, writes and
// suggests in a document, comments and replies, answers a proposal and exports. Every word she
// gives is distinctive, so a test can look for it anywhere.
import { anchor } from './anchors.ts';
import { TestApi, appendParagraph, connectClient, eventually, whenSynced } from './harness.ts';
import { meetingSocket, type MeetingSocket } from './meeting-socket.ts';
import { suggestParagraph } from './suggestion-paragraph.ts';

/** What Priya gave, and secrets the journey saw: none may appear in a log. */
export const priya = {
  name: 'Priya Quillfeather',
  email: 'priya.quillfeather@example.org',
  pronouns: 'she/her',
  profileNotes: 'Please phone me before sending papers',
  needs: ['A hearing loop in the room', 'Large print agenda'],
  rsvpNotes: 'I arrive by the number 42 wheelchair bus',
  written: 'Priya wants the zebra crossing by the library',
  pending: 'and a bench by the marmalade bakery',
  decided: 'with ramps at every tram stop',
  comment: 'Quillfeather thinks the wording about respite is unclear',
  reply: 'Quillfeather agrees with the blue badge idea',
  vote: 'Because the lavender minibus runs on Tuesdays',
  anonymousVote: 'The lift at the museum is broken',
  proposal: 'The section on cobbled pavements needs more work',
  elsewhere: 'Only in the carers forum: the heron allotment',
  hardWord: 'A short rest from caring, like the otter weekend',
} as const;

export interface Journey {
  priyaId: string;
  priyaToken: string;
  facilitatorToken: string;
  /** The workspace where everything happens, its document, and a second workspace. */
  workspaceId: string;
  documentId: string;
  otherWorkspaceId: string;
  meetingId: string;
  /** Invite links, sign-in links, session cookies and API tokens the journey used. */
  secrets: string[];
}

export async function priyaDoesEverything(origin: string, adminToken: string): Promise<Journey> {
  const admin = new TestApi(origin, adminToken);
  const secrets: string[] = [adminToken];
  const ok = <T extends { status: number; body: Record<string, unknown> }>(
    answer: T,
    status = 0,
  ) => {
    if (answer.status >= 400 || (status && answer.status !== status)) {
      throw new Error(`unexpected ${answer.status}: ${JSON.stringify(answer.body)}`);
    }
    return answer.body;
  };
  const workspace = async (name: string) =>
    ok(await admin.request('POST', '/api/workspaces', { name })).id as string;
  const workspaceId = await workspace('Learning Disability Partnership Board');
  const otherWorkspaceId = await workspace('Carers Forum');
  const documentIn = async (id: string, title: string) =>
    ok(await admin.request('POST', '/api/documents', { workspaceId: id, title })).id as string;
  const documentId = await documentIn(workspaceId, 'Transport Strategy');
  const otherDocumentId = await documentIn(otherWorkspaceId, 'Carers Plan');

  /** Joins with an invite link as a new person (or, with `cookie`, as who is signed in). */
  const join = async (inWorkspace: string, role: string, body: object, cookie?: string) => {
    const invite = ok(
      await admin.request('POST', `/api/workspaces/${inWorkspace}/invites`, {
        role,
        expiresInDays: 7,
      }),
    );
    const secret = String(invite.url).split('/join/')[1] ?? '';
    secrets.push(secret);
    const response = await fetch(`${origin}/api/invites/${secret}/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
    if (response.status >= 400) throw new Error(`joining failed: ${await response.text()}`);
    const session = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    secrets.push(session.split('=')[1] ?? '');
    return { session, body: (await response.json()) as Record<string, unknown> };
  };
  const tokenFor = async (cookie: string) => {
    const response = await fetch(`${origin}/api/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ name: 'Journey' }),
    });
    const token = ((await response.json()) as { token: string }).token;
    secrets.push(token);
    return token;
  };

  const fay = await join(workspaceId, 'facilitator', { name: 'Fay Facilitator' });
  const facilitatorToken = await tokenFor(fay.session);
  const asFay = admin.as(facilitatorToken);
  const joined = await join(workspaceId, 'member', {
    name: priya.name,
    email: priya.email,
    remember: true,
  });
  const priyaToken = await tokenFor(joined.session);
  const asPriya = admin.as(priyaToken);
  const me = ok(await asPriya.request('GET', '/api/me'));
  const priyaId = String((me.profile as { id: string }).id);
  ok(
    await asPriya.request('PATCH', '/api/me', {
      pronouns: priya.pronouns,
      takePart: 'lived_experience',
      information: { easyRead: true, notes: priya.profileNotes },
    }),
  );

  // A sign-in link from her facilitator, used on another device.
  const link = ok(
    await asFay.request('POST', `/api/workspaces/${workspaceId}/members/${priyaId}/sign-in-link`),
  );
  const linkSecret = String(link.url).split('/sign-in/')[1] ?? '';
  secrets.push(linkSecret);
  ok(await admin.as(null).request('POST', `/api/sign-in/link/${linkSecret}`, { remember: false }));
  // Then a second workspace, joined while signed in (a facilitator of the first cannot see it).
  await join(otherWorkspaceId, 'member', {}, joined.session);

  // The meeting: her reply with access needs, being there, two votes, an action with her name.
  const meetingId = ok(
    await asFay.request('POST', `/api/workspaces/${workspaceId}/meetings`, {
      title: 'Transport workshop',
      startsAt: '2026-12-01T10:00:00Z',
      place: 'County Hall',
      documentIds: [documentId],
      agenda: [{ title: 'Buses', minutes: 20 }],
    }),
    201,
  ).id as string;
  const [fayRoom, priyaRoom] = [facilitatorToken, priyaToken].map((token) =>
    meetingSocket(origin, token, meetingId),
  ) as [MeetingSocket, MeetingSocket];
  try {
    await priyaRoom.join();
    await priyaRoom.send({
      type: 'rsvp',
      answer: 'yes',
      needs: [...priya.needs],
      notes: priya.rsvpNotes,
    });
    await fayRoom.join();
    await fayRoom.send({ type: 'meeting:start' });
    await priyaRoom.join();
    const open = async (question: string, anonymous: boolean) => {
      const view = await fayRoom.send({
        type: 'poll:open',
        question,
        kind: 'agree',
        options: [],
        anonymous,
        results: 'on-close',
      });
      return view.polls.at(-1)?.id ?? '';
    };
    const named = await open('Should the bus pass cover carers?', false);
    await priyaRoom.send({
      type: 'poll:vote',
      pollId: named,
      optionId: 'agree',
      reason: priya.vote,
    });
    const secret = await open('Is the venue accessible?', true);
    await priyaRoom.send({
      type: 'poll:vote',
      pollId: secret,
      optionId: 'disagree',
      reason: priya.anonymousVote,
    });
    await fayRoom.send({
      type: 'action:record',
      what: 'Ask about tram ramps',
      who: priya.name,
      due: null,
    });
    await fayRoom.send({ type: 'meeting:end' });
  } finally {
    fayRoom.socket.disconnect();
    priyaRoom.socket.disconnect();
  }

  // Writing and suggesting over /collab; her facilitator accepts one suggestion.
  const client = connectClient(origin.replace(/^http/, 'ws'), documentId, { token: priyaToken });
  try {
    await whenSynced(client);
    appendParagraph(client.doc, priya.written);
    suggestParagraph(client.doc, 'Also ', priya.pending, 'spriya-pending', priyaId);
    suggestParagraph(client.doc, 'Buses ', priya.decided, 'spriya-decided', priyaId);
    await eventually(async () => {
      const decided = await asFay.request(
        'POST',
        `/api/documents/${documentId}/suggestions/spriya-decided/decision`,
        { outcome: 'accepted' },
      );
      if (decided.status !== 201) throw new Error(`not decided yet: ${decided.status}`);
    });
  } finally {
    client.destroy();
  }

  // A comment of hers, a reply on her facilitator's, and a comment in the other workspace.
  const thread = (id: string, body: string) => ({
    id,
    commentId: `${id}-first`,
    anchor,
    quote: 'buses',
    body,
  });
  ok(
    await asPriya.request(
      'POST',
      `/api/documents/${documentId}/comments`,
      thread('tpriya', priya.comment),
    ),
  );
  ok(
    await asFay.request(
      'POST',
      `/api/documents/${documentId}/comments`,
      thread('tfay', 'What about badges?'),
    ),
  );
  ok(
    await asPriya.request('POST', '/api/comment-threads/tfay/replies', {
      id: 'cpriya-reply',
      body: priya.reply,
    }),
  );
  ok(
    await asPriya.request(
      'POST',
      `/api/documents/${otherDocumentId}/comments`,
      thread('tpriya-elsewhere', priya.elsewhere),
    ),
  );

  // A hard word she explains for her group.
  ok(
    await asPriya.request('POST', `/api/workspaces/${workspaceId}/hard-words`, {
      word: 'respite',
      explanation: priya.hardWord,
    }),
  );

  // A version she saves, which her facilitator asks the group to agree; she answers, then
  // exports the draft.
  const version = ok(
    await asPriya.request('POST', `/api/documents/${documentId}/versions`, {
      name: 'Draft for the board',
    }),
  );
  const proposal = ok(
    await asFay.request('POST', `/api/versions/${String(version.id)}/proposals`, {
      closesAt: new Date(Date.now() + 24 * 3600 * 1000).toISOString(),
    }),
  );
  ok(
    await asPriya.request('PUT', `/api/proposals/${String(proposal.id)}/response`, {
      kind: 'concerns',
      reason: priya.proposal,
    }),
  );
  const exported = await fetch(`${origin}/api/documents/${documentId}/export?format=md`, {
    headers: { authorization: `Bearer ${priyaToken}` },
  });
  if (exported.status !== 200) throw new Error(`export failed: ${exported.status}`);
  await exported.arrayBuffer();

  return {
    priyaId,
    priyaToken,
    facilitatorToken,
    workspaceId,
    documentId,
    otherWorkspaceId,
    meetingId,
    secrets: secrets.filter((secret) => secret.length >= 10),
  };
}
