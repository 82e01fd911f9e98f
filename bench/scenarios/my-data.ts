// My data: the time to make a copy of everything held about a heavy user (GET /api/me/data), in
// process, from a store seeded directly: many workspaces and documents they wrote half of (with
// suggestions still waiting), thousands of comments, meetings with replies and votes, decided
// suggestions, proposal answers and audit entries. Also the longest pause of the event loop while
// it is made: the documents are read and the zip made in the export threads. Roundtable only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as Y from 'yjs';
import { newMeeting } from '../../shared/domain/meeting/meeting.ts';
import { readyMadeOptions } from '../../shared/domain/meeting/polls.ts';
import { createAppServices } from '../../server/src/app.ts';
import { loadConfig } from '../../server/src/config.ts';
import { createLogger } from '../../server/src/logger.ts';
import type { Store } from '../../server/src/storage/ports.ts';
import { openSqliteStore } from '../../server/src/storage/sqlite/sqlite-store.ts';
import { ScenarioSkipped, metric, type Scenario } from './types.ts';

const SENTENCE = 'People want support close to home, from staff who know them well. ';
const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 9, minute)).toISOString();

interface Sizes {
  workspaces: number;
  documents: number;
  paragraphs: number;
  comments: number;
  meetings: number;
}

/** A document's first content: paragraphs by the person (client 1) and by someone else (2). */
function documentState(paragraphs: number, personId: string, suggestion: string): Uint8Array {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment('default');
  for (let index = 0; index < paragraphs; index++) {
    doc.clientID = index % 2 === 0 ? 1 : 2;
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    fragment.insert(fragment.length, [paragraph]);
    paragraph.insert(0, [text]);
    text.insert(0, `${index}. ${SENTENCE.repeat(4)}`);
    if (index === 0) {
      text.insert(text.length, 'more day centres', {
        insertion: { id: suggestion, author: personId, at: at(0) },
      });
    }
  }
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

async function seed(store: Store, personId: string, sizes: Sizes): Promise<void> {
  let serial = 0;
  const id = (prefix: string) => `${prefix}-${++serial}`;
  for (let w = 0; w < sizes.workspaces; w++) {
    const workspaceId = id('ws');
    await store.workspaces.createWorkspace({
      id: workspaceId,
      name: `Forum ${w}`,
      createdAt: at(0),
    });
    await store.identity.putMembership({
      workspaceId,
      userId: personId,
      role: 'member',
      joinedAt: at(0),
      inviteId: null,
    });
    const documentIds: string[] = [];
    for (let d = 0; d < sizes.documents; d++) {
      const documentId = id('doc');
      documentIds.push(documentId);
      await store.documents.createDocument({
        record: {
          id: documentId,
          workspaceId,
          title: `Plan ${d}`,
          createdAt: at(0),
          updatedAt: at(0),
        },
        initialState: Y.encodeStateAsUpdate(new Y.Doc()),
      });
      await store.updates.appendUpdates([
        {
          documentId,
          update: documentState(sizes.paragraphs, personId, id('s')),
          authors: [{ clientId: 1, userId: personId }],
        },
      ]);
      for (let c = 0; c < sizes.comments; c++) {
        const comment = {
          id: id('c'),
          threadId: id('t'),
          authorId: personId,
          body: `Comment ${c}: ${SENTENCE}`,
          createdAt: at(c % 60),
          editedAt: null,
          deletedAt: null,
        };
        await store.comments.createThread(
          {
            id: comment.threadId,
            documentId,
            anchorStart: 'AQID',
            anchorEnd: 'BAUG',
            quote: 'support close to home',
            createdBy: personId,
            createdAt: comment.createdAt,
            resolvedAt: null,
            resolvedBy: null,
            suggestionId: null,
            resolvedBecause: null,
          },
          comment,
        );
      }
      await store.suggestions.recordDecision({
        id: id('dec'),
        documentId,
        suggestionId: id('s'),
        outcome: 'accepted',
        summary: 'adds ‘more buses’',
        suggestedBy: personId,
        suggestedAt: at(1),
        how: { kind: 'direct', by: 'someone-else' },
        decidedAt: at(2),
      });
    }
    for (let m = 0; m < sizes.meetings; m++) {
      const meeting = newMeeting({
        id: id('m'),
        workspaceId,
        title: `Workshop ${m}`,
        startsAt: at(m % 60),
        place: 'County Hall',
        documentIds,
        agenda: [],
      });
      meeting.rsvps[personId] = { answer: 'yes', needs: ['A hearing loop'], notes: 'By bus' };
      meeting.polls = [0, 1, 2].map((p) => ({
        id: id('p'),
        question: `Question ${p}?`,
        kind: 'agree',
        options: readyMadeOptions.agree,
        anonymous: p === 2,
        results: 'on-close',
        agendaItemId: null,
        versionId: null,
        locksDraft: false,
        openedAt: 0,
        votes: { [personId]: { optionId: 'agree', reason: SENTENCE, votedAt: 0 } },
        state: 'open' as const,
      }));
      await store.meetings.createMeeting(meeting);
    }
    for (let a = 0; a < sizes.comments; a++) {
      await store.identity.appendAudit({
        at: at(a % 60),
        actorId: personId,
        workspaceId,
        action: 'comment.created',
        subject: id('c'),
        details: {},
      });
    }
  }
}

export const myDataScenario: Scenario = {
  name: 'my-data',
  describe: ({ quick }) =>
    `my data: a copy of everything about a heavy user (${quick ? '1 workspace × 10' : '5 workspaces × 20'} documents they half wrote, ${quick ? '500' : '10,000'} comments, meetings, votes) (Roundtable only)`,
  async run(context) {
    if (context.kind === 'reference') throw new ScenarioSkipped('the reference server has none');
    const quick = context.config.quick;
    const sizes: Sizes = quick
      ? { workspaces: 1, documents: 10, paragraphs: 100, comments: 50, meetings: 5 }
      : { workspaces: 5, documents: 20, paragraphs: 300, comments: 100, meetings: 20 };
    const dataDir = mkdtempSync(path.join(tmpdir(), 'roundtable-bench-my-data-'));
    const store = openSqliteStore({ filename: path.join(dataDir, 'roundtable.sqlite') });
    const config = loadConfig({ DATA_DIR: dataDir, PORT: '0' }, process.cwd());
    const app = createAppServices({ config, store, logger: createLogger('silent') });
    try {
      const person = await app.signIn.createPerson({
        name: 'Heavy User',
        email: 'heavy@example.org',
        isAdmin: false,
      });
      context.progress('seeding the store');
      await seed(store, person.id, sizes);
      const auth = {
        actor: { kind: 'user' as const, userId: person.id, isAdmin: false, roles: new Map() },
        userId: person.id,
        sessionHash: null,
        tokenId: null,
      };
      context.progress('making the copy');
      const pauses = monitorEventLoopDelay({ resolution: 10 });
      pauses.enable();
      const started = performance.now();
      const file = await app.personalData.everything(auth, person.id);
      const ms = performance.now() - started;
      pauses.disable();
      return {
        metrics: [
          metric('whole copy (zip)', 'ms', ms, false),
          metric('longest event-loop pause meanwhile', 'ms', pauses.max / 1e6, false),
          metric('zip size', 'kB', file.body.byteLength / 1024, false),
        ],
        problems: ms > 60_000 ? [`the copy took ${Math.round(ms / 1000)} s, over a minute`] : [],
        details: { sizes, ms, zipBytes: file.body.byteLength },
      };
    } finally {
      await app.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
