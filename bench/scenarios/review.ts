// review: fan-out on a generated 200-page draft in review (taking only suggestions), beside the
// same fan-out on the same draft not in review, on one server. In review every update is checked
// to leave the draft's words as they were; that check should cost in proportion to the update,
// not to the draft, so the two phases should cost about the same. Roundtable only.
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createSampleDocumentState } from '../../server/src/export/sample-document.ts';
import type { ServerHandle } from '../servers.ts';
import { fanoutIn } from './fanout.ts';
import { ScenarioSkipped, metric, type Metric } from './types.ts';
import type { Scenario } from './types.ts';

function providerFor(server: ServerHandle, room: string, doc: Y.Doc): WebsocketProvider {
  return new WebsocketProvider(server.wsBase, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: server.clientParams,
  });
}

async function synced(provider: WebsocketProvider, timeoutMs: number): Promise<void> {
  const until = performance.now() + timeoutMs;
  while (!provider.synced) {
    if (performance.now() > until) throw new Error('the seeding client did not sync');
    await sleep(20);
  }
}

/** Writes the draft into the document through /collab, and waits until a fresh client sees it. */
export async function seed(server: ServerHandle, room: string, state: Uint8Array): Promise<void> {
  const writer = new Y.Doc();
  const provider = providerFor(server, room, writer);
  try {
    await synced(provider, 20_000);
    Y.applyUpdate(writer, state);
    const blocks = writer.getXmlFragment('default').length;
    for (let attempt = 0; attempt < 100; attempt++) {
      await sleep(200);
      const reader = new Y.Doc();
      const check = providerFor(server, room, reader);
      try {
        await synced(check, 20_000);
        if (reader.getXmlFragment('default').length === blocks) return;
      } finally {
        check.destroy();
        reader.destroy();
      }
    }
    throw new Error('the seeded draft did not arrive');
  } finally {
    provider.destroy();
    writer.destroy();
  }
}

/** Makes the workspace's drafts in review take only suggestions, and puts this one in review. */
async function putInReview(server: ServerHandle, room: string): Promise<void> {
  const document = (await server.api('GET', `/api/documents/${room}`, undefined, 200)) as {
    workspaceId: string;
  };
  const settings = { reviewTakesOnlySuggestions: true };
  await server.api('PATCH', `/api/workspaces/${document.workspaceId}/settings`, settings, 200);
  await server.api('PUT', `/api/documents/${room}/review`, { inReview: true }, 200);
  const review = (await server.api('GET', `/api/documents/${room}/review`, undefined, 200)) as {
    onlySuggestions: boolean;
  };
  if (!review.onlySuggestions) throw new Error('the draft did not go into review');
}

export const reviewScenario: Scenario = {
  name: 'review',
  describe: ({ fanout, quick }) =>
    `review: fan-out (${fanout.clients} clients, a write every ${fanout.intervalMs} ms for ${fanout.durationMs / 1000} s) on a ${quick ? '20' : '200'}-page draft in review, beside one not in review (Roundtable only)`,
  async run(context) {
    if (context.kind === 'reference') {
      throw new ScenarioSkipped('the reference server has no review mode');
    }
    const state = createSampleDocumentState({ sections: context.config.quick ? 6 : 60 });
    // Each phase on a fresh server, so neither pays for the other (an unload compacting the
    // first draft while the second phase runs).
    const phase = async (inReview: boolean) => {
      const server = await context.startServer(inReview ? 'review-in' : 'review-not');
      const [room] = await server.createRooms(1, 1);
      if (room === undefined) throw new Error('no document created');
      context.progress(`writing a ${Math.round(state.byteLength / 1024)} KiB draft`);
      await seed(server, room, state);
      if (inReview) await putInReview(server, room);
      context.progress(`fan-out on the draft ${inReview ? 'in review' : 'not in review'}`);
      const result = await fanoutIn(context, server, room, context.config.fanout);
      await server.stop();
      return result;
    };
    const outside = await phase(false);
    const inside = await phase(true);
    const named = (prefix: string, metrics: Metric[]): Metric[] =>
      metrics
        .filter((m) => ['p50 delay', 'p99 delay', 'server CPU', 'updates lost'].includes(m.name))
        .map((m) => ({ ...m, name: `${prefix}: ${m.name}`, ratio: false }));
    return {
      metrics: [
        ...named('not in review', outside.metrics),
        ...named('in review', inside.metrics),
        metric('p99 in review / not', '×', inside.p99 / outside.p99, false),
        metric('server CPU in review / not', '×', inside.cpu / outside.cpu, false),
      ],
      problems: [...outside.problems, ...inside.problems],
      details: { stateBytes: state.byteLength, outside: outside.details, inside: inside.details },
    };
  },
};
