// public: a consultation open to the public while a live editing session runs. The editing
// session (the fan-out phase) is measured twice on one server: alone, then with 500 people
// reading the consultation (each about once a second) and 50 people commenting on it (each every
// few seconds), every one from an address of their own as on the internet. Roundtable only.
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ServerHandle } from '../servers.ts';
import { summarize } from '../stats.ts';
import { createSampleDocumentState } from '../../server/src/export/sample-document.ts';
import { fanoutIn } from './fanout.ts';
import { seed } from './review.ts';
import { ScenarioSkipped, metric, type Metric } from './types.ts';
import type { Scenario } from './types.ts';

interface PublicLoad {
  readers: number;
  commenters: number;
  readEveryMs: number;
  commentEveryMs: number;
}

interface LoadResult {
  readMs: number[];
  comments: number;
  /** Answers that were neither 200 nor 201, by status (0: no answer). */
  refused: Record<number, number>;
}

/** A loopback address of its own for each simulated person (Linux answers all of 127/8). */
const addressOf = (index: number) => `127.0.${1 + Math.floor(index / 250)}.${1 + (index % 250)}`;

/** One kept-alive connection per person, from their own address, as a browser would. */
const agents = new Map<string, http.Agent>();
const agentFor = (localAddress: string): http.Agent => {
  let agent = agents.get(localAddress);
  if (!agent) {
    agent = new http.Agent({ keepAlive: true, maxSockets: 1, localAddress });
    agents.set(localAddress, agent);
  }
  return agent;
};

function send(
  url: URL,
  localAddress: string,
  method: 'GET' | 'POST',
  body?: unknown,
): Promise<number> {
  return new Promise((resolve) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const request = http.request(
      url,
      {
        method,
        agent: agentFor(localAddress),
        timeout: 10_000,
        headers: payload ? { 'content-type': 'application/json' } : {},
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', () => resolve(0));
      },
    );
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(0));
    request.end(payload);
  });
}

/** Runs the public's reading and commenting until `stop` resolves. */
async function publicLoad(
  server: ServerHandle,
  consultationId: string,
  /** The indexes of the blocks people may comment on. */
  paragraphs: number[],
  load: PublicLoad,
  stop: Promise<unknown>,
): Promise<LoadResult> {
  const result: LoadResult = { readMs: [], comments: 0, refused: {} };
  let running = true;
  void stop.finally(() => (running = false));
  const origin = `http://127.0.0.1:${server.port}`;
  const page = new URL(`/api/public/consultations/${consultationId}`, origin);
  const comments = new URL(`${page.pathname}/comments`, origin);
  const count = (status: number) => {
    if (status !== 200 && status !== 201)
      result.refused[status] = (result.refused[status] ?? 0) + 1;
  };
  const person = async (index: number, every: number, act: () => Promise<void>) => {
    await sleep(Math.random() * every);
    while (running) {
      const started = performance.now();
      await act();
      await sleep(Math.max(0, every - (performance.now() - started)));
    }
    void index;
  };
  const readers = Array.from({ length: load.readers }, (_, i) =>
    person(i, load.readEveryMs, async () => {
      const started = performance.now();
      const status = await send(page, addressOf(i), 'GET');
      if (status === 200) result.readMs.push(performance.now() - started);
      count(status);
    }),
  );
  const commenters = Array.from({ length: load.commenters }, (_, i) =>
    person(i, load.commentEveryMs, async () => {
      const body = {
        paragraph: paragraphs[i % paragraphs.length],
        body: `Comment ${i} from the bench`,
        website: '',
      };
      const status = await send(comments, addressOf(load.readers + i), 'POST', body);
      if (status === 201) result.comments += 1;
      count(status);
    }),
  );
  await Promise.all([...readers, ...commenters]);
  for (const agent of agents.values()) agent.destroy();
  agents.clear();
  return result;
}

/** A saved version of the room's draft, published for comment; its id and paragraph count. */
async function openConsultation(server: ServerHandle, room: string, sections: number) {
  await seed(server, room, createSampleDocumentState({ sections }));
  const { workspaceId } = (await server.api('GET', `/api/documents/${room}`, undefined, 200)) as {
    workspaceId: string;
  };
  const version = (await server.api(
    'POST',
    `/api/documents/${room}/versions`,
    { name: 'For the public' },
    201,
  )) as { id: string };
  const closesAt = new Date(Date.now() + 7 * 24 * 3600_000).toISOString();
  const body = { versionId: version.id, introduction: 'Tell us what you think.', closesAt };
  const published = (await server.api(
    'POST',
    `/api/workspaces/${workspaceId}/consultations`,
    body,
    201,
  )) as { id: string };
  const read = (await server.api(
    'GET',
    `/api/public/consultations/${published.id}`,
    undefined,
    200,
  )) as { blocks: { kind: string }[] };
  const paragraphs = read.blocks.flatMap((block, index) =>
    block.kind === 'paragraph' ? [index] : [],
  );
  return { id: published.id, paragraphs };
}

export const publicScenario: Scenario = {
  name: 'public',
  describe: ({ fanout, quick }) =>
    `public: a live editing session (fan-out, ${fanout.clients} clients) alone, then while ${quick ? 50 : 500} people read an open consultation and ${quick ? 5 : 50} comment on it (Roundtable only)`,
  async run(context) {
    if (context.kind === 'reference') {
      throw new ScenarioSkipped('the reference server has no public consultations');
    }
    const load: PublicLoad = {
      readers: context.config.quick ? 50 : 500,
      commenters: context.config.quick ? 5 : 50,
      readEveryMs: 1000,
      commentEveryMs: 5000,
    };
    const server = await context.startServer('public');
    // A document for each phase, so the second starts as fresh as the first.
    const [room, busyRoom, consulted] = await server.createRooms(3, 3);
    if (!room || !busyRoom || !consulted) throw new Error('no documents created');
    const consultation = await openConsultation(server, consulted, context.config.quick ? 2 : 6);

    context.progress('editing alone');
    const alone = await fanoutIn(context, server, room, context.config.fanout);
    context.progress(`editing while ${load.readers} read and ${load.commenters} comment`);
    let done: () => void = () => undefined;
    const stop = new Promise<void>((resolve) => (done = resolve));
    const publicRun = publicLoad(server, consultation.id, consultation.paragraphs, load, stop);
    const busy = await fanoutIn(context, server, busyRoom, context.config.fanout).finally(done);
    const outcome = await publicRun;
    const phaseS = Number((busy.details.phaseMs as number | undefined) ?? 1) / 1000;
    const reads = summarize(outcome.readMs);
    const refused = Object.values(outcome.refused).reduce((a, b) => a + b, 0);
    const pick = (prefix: string, metrics: Metric[]) =>
      metrics
        .filter((m) => ['p50 delay', 'p99 delay', 'server CPU', 'updates lost'].includes(m.name))
        .map((m) => ({ ...m, name: `${prefix}: ${m.name}`, ratio: false }));
    await server.stop();
    return {
      metrics: [
        ...pick('editing alone', alone.metrics),
        ...pick('editing with the public', busy.metrics),
        metric('editing p99 with the public / alone', '×', busy.p99 / alone.p99, false),
        metric('public reads per second', 'reads/s', outcome.readMs.length / phaseS, false),
        metric('public read p50', 'ms', reads.p50, false),
        metric('public read p99', 'ms', reads.p99, false),
        metric('comments stored', 'count', outcome.comments, false),
        metric('public requests refused or failed', 'count', refused, false),
      ],
      problems: [
        ...alone.problems,
        ...busy.problems,
        ...(refused > 0
          ? [`public requests not answered 200/201: ${JSON.stringify(outcome.refused)}`]
          : []),
      ],
      details: {
        load,
        alone: alone.details,
        busy: busy.details,
        outcome: { ...outcome, readMs: reads },
      },
    };
  },
};
