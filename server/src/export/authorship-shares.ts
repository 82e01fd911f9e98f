// The co-production record's "who wrote what": the share of a document's text written by people
// in each way of taking part. Counted in the export thread from the state it already reads, so
// walking a long document's characters never holds up the main thread.
import { charactersByClient } from '@roundtable/shared/editor/authorship';
import { CONTENT_FRAGMENT } from '@roundtable/shared/protocol/collab';
import * as Y from 'yjs';
import type { CoProductionRecord } from './types.ts';

/** Who each recorded Yjs client id belongs to, as the way that person takes part. */
export interface AuthorshipWays {
  /** Client id and way of taking part, for every client id a person is recorded for. */
  wayOfClient: [number, string][];
  /** The way named for text no person is recorded for (starting text, restored text). */
  notRecorded: string;
}

/** The share of the text written in each way of taking part, largest first. */
export function authorshipShares(
  state: Uint8Array,
  ways: AuthorshipWays,
): CoProductionRecord['authorship'] {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return sharesByWay(charactersByClient(doc.getXmlFragment(CONTENT_FRAGMENT)), ways);
  } finally {
    doc.destroy();
  }
}

export function sharesByWay(
  counts: Map<number, number>,
  ways: AuthorshipWays,
): CoProductionRecord['authorship'] {
  const wayOf = new Map(ways.wayOfClient);
  const byWay = new Map<string, number>();
  let total = 0;
  for (const [clientId, characters] of counts) {
    const way = wayOf.get(clientId) ?? ways.notRecorded;
    byWay.set(way, (byWay.get(way) ?? 0) + characters);
    total += characters;
  }
  if (total === 0) return [];
  return [...byWay]
    .map(([way, characters]) => ({ way, share: characters / total }))
    .sort((a, b) => b.share - a.share || a.way.localeCompare(b.way));
}
