// How long a load that read a checked snapshot waits for early readers: for those given it until
// they are answered, and for connections still signing in until they have asked to join; never
// longer than EARLY_ANSWER_WAIT_MS, whatever a reader does.
import { describe, expect, it } from 'vitest';
import type { StoredDocumentState } from '../storage/ports.ts';
import { EARLY_ANSWER_MIN_BYTES, EarlyAnswers, type EarlyAnswer } from './early-answers.ts';

const snapshot = new Uint8Array(EARLY_ANSWER_MIN_BYTES);
const stored: StoredDocumentState = {
  updates: [snapshot],
  refs: [],
  logBytes: 0,
  snapshotChecked: true,
};

function answers(): EarlyAnswers {
  return new EarlyAnswers((error) => {
    throw error;
  });
}

/** An answer that records the snapshot it was given and is answered at once. */
function recording(given: Uint8Array[]): EarlyAnswer {
  return (state) => {
    given.push(state);
    return Promise.resolve();
  };
}

describe('a load answering readers early', () => {
  it('gives the snapshot to a reader whose sign-in ends while the load waits for it', async () => {
    const early = answers();
    const signedIn = early.arrive('doc');
    const given: Uint8Array[] = [];
    const read = early.read('doc', stored);
    // The sign-in ends, and the reader asks to join, after storage was read.
    early.wait('doc', recording(given));
    signedIn();
    await read;
    expect(given).toEqual([snapshot]);
  });

  it('does not wait for a sign-in that has ended', async () => {
    const early = answers();
    early.arrive('doc')();
    const given: Uint8Array[] = [];
    await early.read('doc', stored);
    early.wait('doc', recording(given)); // after the build: the room answers this one
    expect(given).toEqual([]);
  });

  it('waits for sign-ins of the document being loaded, not of others', async () => {
    const early = answers();
    early.arrive('other');
    let done = false;
    const read = early.read('doc', stored).then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(true);
    await read;
  });

  it('goes on building when a sign-in never ends or a reader never answers', async () => {
    const early = answers();
    early.arrive('doc');
    early.wait('doc', () => new Promise<void>(() => undefined));
    // Resolves (within the test's time limit) although neither ever finishes.
    await early.read('doc', stored);
  });
});
