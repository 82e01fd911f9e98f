// The page's side of the worker and the worker's loop, joined by a stand-in for the Worker that
// delivers messages in this process: only paragraphs whose text changed are sent again, a newer
// request stops an older one, and answers made with old options are dropped.
import { describe, expect, it } from 'vitest';
import { PlainEnglishChecker } from './checker.ts';
import { inProcessWorker } from './in-process-worker.ts';
import type { WorkerRequest } from './protocol.ts';

function joined(options: { sliceEvery?: number } = {}) {
  const sent: WorkerRequest[] = [];
  const pausedTurns: Array<() => void> = [];
  let clock = 0;
  const worker = inProcessWorker({
    // Each paragraph "takes" this long, so the loop lets others in after every one.
    now: () => (clock += options.sliceEvery ?? 0),
    yieldToOthers: () => new Promise((resolve) => pausedTurns.push(() => resolve())),
  });
  const checker = new PlainEnglishChecker({
    ...worker.port,
    postMessage: (request) => {
      sent.push(request);
      worker.port.postMessage(request);
    },
  });
  /** Lets every paused request go on, until all have finished. */
  const finish = async () => {
    while (pausedTurns.length > 0) {
      pausedTurns.shift()?.();
      await Promise.resolve();
      await Promise.resolve();
    }
    await worker.idle();
  };
  return { checker, sent, finish };
}

const texts = (request: WorkerRequest | undefined) =>
  request?.type === 'analyse' ? request.texts : [];

describe('the plain-English checker', () => {
  it('sends only the paragraphs whose text it has not analysed yet', async () => {
    const { checker, sent, finish } = joined();
    checker.check(['We met.', 'The plan was agreed.']);
    await finish();
    expect(checker.analysisOf('The plan was agreed.')?.findings.map((f) => f.kind)).toEqual([
      'passive',
    ]);
    checker.check(['We met.', 'The plan was agreed by us.']);
    await finish();
    expect(sent.map(texts)).toEqual([
      ['We met.', 'The plan was agreed.'],
      ['The plan was agreed by us.'],
    ]);
    expect(checker.checking).toBe(false);
  });

  it('stops an older request when a newer one comes, and keeps what it had done', async () => {
    const { checker, finish } = joined({ sliceEvery: 100 });
    checker.check(['One.', 'Two.', 'Three.']);
    checker.check(['One.', 'Four.']);
    await finish();
    // "One." came back from the first request before it stopped; "Two." and "Three." never did.
    expect(checker.analysisOf('One.')).toBeDefined();
    expect(checker.analysisOf('Four.')).toBeDefined();
    expect(checker.analysisOf('Two.')).toBeUndefined();
    expect(checker.analysisOf('Three.')).toBeUndefined();
    expect(checker.checking).toBe(false);
  });

  it('drops answers made before the options changed', async () => {
    const sentence =
      'We will meet people who use our services in the town hall every month to talk.';
    const { checker, finish } = joined();
    checker.check([sentence]);
    checker.setOptions({ easyRead: true, workspaceWords: [] });
    await finish();
    expect(checker.analysisOf(sentence)).toBeUndefined();
    checker.check([sentence]);
    await finish();
    expect(checker.analysisOf(sentence)?.longSentences).toBe(1);
  });

  it('works out a whole document’s summary', async () => {
    const { checker, finish } = joined();
    const summary = checker.summarise(
      [
        { text: 'Our plan', heading: true },
        { text: 'We met. The plan was agreed.', heading: false },
      ],
      { easyRead: false, workspaceWords: [] },
    );
    await finish();
    expect(await summary).toMatchObject({ sentences: 2, longSentences: 0, passive: 1 });
  });
});
