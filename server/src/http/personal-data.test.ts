// "Download my data" on a real server, for a person who did everything through the server's own
// ways in (testing/personal-journey.ts): her copy holds every kind of thing in both the JSON file
// and the web page; a facilitator of her workspace gets that workspace's part, audited; nobody
// else gets anything; and the admin CLI writes the same copy to a file.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPerson } from '../admin/export-person.ts';
import { PAGE_SECTIONS } from '../export/personal-data/html.ts';
import type { PersonalData } from '../export/personal-data/types.ts';
import { priya, priyaDoesEverything, type Journey } from '../testing/personal-journey.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';

interface Copy {
  files: string[];
  json: PersonalData;
  page: string;
}

function readZip(bytes: Uint8Array): Copy {
  const entries = unzipSync(bytes);
  return {
    files: Object.keys(entries).sort(),
    json: JSON.parse(strFromU8(entries['your-data.json']!)) as PersonalData,
    page: strFromU8(entries['your-data.html']!),
  };
}

describe('download my data', () => {
  let server: TestServer;
  let journey: Journey;

  const download = async (path: string, token: string | null) => {
    const response = await fetch(server.origin + path, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    const body = new Uint8Array(await response.arrayBuffer());
    return { response, body };
  };
  const memberPath = (workspaceId: string, userId: string) =>
    `/api/workspaces/${workspaceId}/members/${userId}/data`;

  beforeAll(async () => {
    server = await startTestServer();
    journey = await priyaDoesEverything(server.origin, server.adminToken);
  }, 120_000);
  afterAll(async () => {
    await server.close();
  });

  it('gives a person a zip holding every kind of thing about them, as JSON and as a web page', async () => {
    const { response, body } = await download('/api/me/data', journey.priyaToken);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="roundtable-data-priya-quillfeather-\d{4}-\d\d-\d\d\.zip"; filename\*=UTF-8''roundtable-data-priya-quillfeather-\d{4}-\d\d-\d\d\.zip$/,
    );
    const { files, json, page } = readZip(body);
    expect(files).toEqual(['your-data.html', 'your-data.json']);

    expect(json.about).toMatchObject({ scope: { kind: 'everything' }, madeBy: 'you' });
    expect(json.profile).toMatchObject({
      id: journey.priyaId,
      name: priya.name,
      email: priya.email,
      pronouns: priya.pronouns,
      takePart: 'lived_experience',
    });
    expect(json.communication).toMatchObject({ easyRead: true, notes: priya.profileNotes });
    expect(json.workspaces.map((w) => [w.workspaceName, w.role])).toEqual(
      expect.arrayContaining([
        ['Learning Disability Partnership Board', 'member'],
        ['Carers Forum', 'member'],
      ]),
    );
    expect(json.workspaces.every((w) => w.joinedWith !== null)).toBe(true);
    expect(json.signIns?.sessions.length).toBeGreaterThanOrEqual(2);
    expect(json.signIns?.links).toMatchObject([{ purpose: 'sign-in', forYou: true }]);
    expect(json.signIns?.apiTokens).toMatchObject([{ name: 'Journey' }]);
    const [meeting] = json.meetings;
    expect(meeting).toMatchObject({
      title: 'Transport workshop',
      rsvp: { answer: 'yes', needs: [...priya.needs], notes: priya.rsvpNotes },
      actionsNamingYou: [{ what: 'Ask about tram ramps' }],
    });
    expect(meeting?.attendedFrom).not.toBeNull();
    expect(meeting?.votes).toMatchObject([
      { answer: 'Agree', reason: priya.vote, anonymous: false },
      { answer: 'Disagree', reason: priya.anonymousVote, anonymous: true },
    ]);
    expect(json.comments.map((c) => [c.kind, c.text])).toEqual(
      expect.arrayContaining([
        ['comment', priya.comment],
        ['reply', priya.reply],
        ['comment', priya.elsewhere],
      ]),
    );
    expect(json.suggestions.pending).toMatchObject([
      { suggestionId: 'spriya-pending', summary: `adds ‘${priya.pending}’` },
    ]);
    expect(json.suggestions.decided).toMatchObject([
      { suggestionId: 'spriya-decided', outcome: 'accepted', decidedBy: 'someone else' },
    ]);
    expect(json.proposals.answers).toMatchObject([
      { answer: 'Agree, with concerns', reason: priya.proposal, state: 'open' },
    ]);
    expect(json.hardWords).toMatchObject([{ word: 'respite', explanation: priya.hardWord }]);
    expect(json.versions).toMatchObject([
      { name: 'Draft for the board', documentTitle: 'Transport Strategy' },
    ]);
    const [writing] = json.writing;
    expect(writing).toMatchObject({ documentTitle: 'Transport Strategy' });
    expect(writing!.share).toBeGreaterThan(0.5);
    expect(writing!.share).toBeLessThanOrEqual(1);
    expect(json.audit.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'membership.joined',
        'sign-in-link.created',
        'token.created',
        'proposal.responded',
        'document.exported',
        'comment.created',
        'comment.replied',
      ]),
    );

    for (const [id, heading] of PAGE_SECTIONS) {
      expect(page).toContain(`<h2 id="${id}">${heading}</h2>`);
    }
    for (const words of [
      priya.name,
      priya.email,
      priya.profileNotes,
      'Carers Forum',
      ...priya.needs,
      priya.rsvpNotes,
      priya.vote,
      priya.anonymousVote,
      priya.comment,
      priya.reply,
      priya.pending,
      priya.decided,
      priya.proposal,
      priya.hardWord,
      'Draft for the board',
      'Transport Strategy',
      'A sign-in link was made',
      'A reply was written',
    ]) {
      expect(page, words).toContain(words);
    }
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toContain(priya.written);
  });

  it('gives a facilitator only their own workspace’s part, hides anonymous votes, and audits it', async () => {
    const path = memberPath(journey.workspaceId, journey.priyaId);
    const { response, body } = await download(path, journey.facilitatorToken);
    expect(response.status).toBe(200);
    const { json, page } = readZip(body);
    expect(json.about).toMatchObject({ scope: { kind: 'workspace' }, madeBy: 'a facilitator' });
    expect(json.signIns).toBeNull();
    expect(json.workspaces.map((w) => w.workspaceName)).toEqual([
      'Learning Disability Partnership Board',
    ]);
    expect(json.comments.map((c) => c.text)).toEqual(
      expect.arrayContaining([priya.comment, priya.reply]),
    );
    expect(JSON.stringify(json)).not.toContain(priya.elsewhere);
    expect(JSON.stringify(json)).not.toContain('Carers Forum');
    expect(json.meetings[0]?.votes[1]).toMatchObject({
      anonymous: true,
      answer: null,
      reason: null,
    });
    expect(page).not.toContain(priya.anonymousVote);
    expect(json.audit.every((e) => e.workspaceId === journey.workspaceId)).toBe(true);

    const audit = await server.api.request('GET', `/api/workspaces/${journey.workspaceId}/audit`);
    expect(audit.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'person.data-downloaded',
          subject: journey.priyaId,
          details: { scope: 'workspace' },
        }),
      ]),
    );
  });

  it('refuses everyone else (other members, other workspaces’ facilitators, strangers), not former members', async () => {
    const outsider = await server.app.signIn.createPerson({
      name: 'Olu Outsider',
      email: null,
      isAdmin: false,
    });
    await server.store.identity.putMembership({
      workspaceId: journey.otherWorkspaceId,
      userId: outsider.id,
      role: 'facilitator',
      joinedAt: new Date().toISOString(),
      inviteId: null,
    });
    const outsiderToken = (await server.app.tokens.create(outsider.id, 'test')).token;
    // A facilitator of the other workspace, asking in the one they do not run...
    const there = await download(memberPath(journey.workspaceId, journey.priyaId), outsiderToken);
    expect(there.response.status).toBe(403);
    // ...and, in their own, about someone who was never in it: as if nobody had that id.
    const fay = (await server.api.as(journey.facilitatorToken).request('GET', '/api/me')).body;
    const faysId = (fay.profile as { id: string }).id;
    const own = await download(memberPath(journey.otherWorkspaceId, faysId), outsiderToken);
    expect(own.response.status).toBe(404);
    // A member may not have another member's data, even in her own workspace.
    const member = await download(memberPath(journey.workspaceId, faysId), journey.priyaToken);
    expect(member.response.status).toBe(403);
    // A former member's part stays theirs to ask for: their facilitator may download it.
    await server.store.identity.putMembership({
      workspaceId: journey.workspaceId,
      userId: outsider.id,
      role: 'member',
      joinedAt: new Date().toISOString(),
      inviteId: null,
    });
    const removed = await server.api
      .as(journey.facilitatorToken)
      .request('DELETE', `/api/workspaces/${journey.workspaceId}/members/${outsider.id}`);
    expect(removed.status).toBe(204);
    const former = await download(
      memberPath(journey.workspaceId, outsider.id),
      journey.facilitatorToken,
    );
    expect(former.response.status).toBe(200);
    expect(readZip(former.body).json.workspaces).toMatchObject([
      { workspaceName: 'Learning Disability Partnership Board', role: null },
    ]);
    expect(readZip(former.body).json.workspaces[0]?.leftAt).not.toBeNull();
    const anonymous = await download('/api/me/data', null);
    expect(anonymous.response.status).toBe(401);
    const nowhere = await download(
      memberPath('no-such-workspace', journey.priyaId),
      server.adminToken,
    );
    expect(nowhere.response.status).toBe(404);
  });

  it('lets an administrator write the whole copy to a file from the admin CLI, audited', async () => {
    const to = join(server.dataDir, 'priya.zip');
    try {
      await exportPerson(server.app, { personId: journey.priyaId, to });
      const { json } = readZip(readFileSync(to));
      expect(json.about).toMatchObject({
        scope: { kind: 'everything' },
        madeBy: 'an administrator',
      });
      expect(json.comments.map((c) => c.text)).toContain(priya.elsewhere);
      const audit = await server.api.request('GET', '/api/audit?limit=5');
      expect(audit.body).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            action: 'person.data-downloaded',
            actorId: 'cli',
            subject: journey.priyaId,
            details: { scope: 'everything' },
          }),
        ]),
      );
    } finally {
      rmSync(to, { force: true });
    }
  });
});
