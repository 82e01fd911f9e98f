import { spawnSync } from 'node:child_process';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { loadTrimmer, trimWhenQuiet } from './give-back-memory.ts';
import { requireFromServer } from './paths.ts';

const onGlibc = Boolean(
  (process.report.getReport() as { header?: { glibcVersionRuntime?: string } }).header
    ?.glibcVersionRuntime,
);

// A process that leaves 64 MiB of holes in glibc's heap: 1,024 blocks of 64 KiB, each followed
// by a 1 KiB block that stays in use, so that free() cannot give the holes back at the top.
// It prints the heap's resident size before and after trim(), in KiB.
const HOLES = `
const { trim } = require(${JSON.stringify(requireFromServer.resolve('@roundtable/malloc-trim'))});
const { readFileSync } = require('node:fs');
const heapKiB = () => {
  const lines = readFileSync('/proc/self/smaps', 'utf8').split('\\n');
  const at = lines.findIndex((line) => line.endsWith('[heap]'));
  return Number(lines.slice(at).find((line) => line.startsWith('Rss:')).split(/\\s+/)[1]);
};
let holes = [];
const kept = [];
for (let i = 0; i < 1024; i += 1) {
  holes.push(new Uint8Array(new ArrayBuffer(64 * 1024)).fill(1));
  kept.push(new Uint8Array(new ArrayBuffer(1024)).fill(1));
}
holes = null;
globalThis.gc();
globalThis.gc();
const before = heapKiB();
const trimmed = trim();
console.log(JSON.stringify({ before, after: heapKiB(), trimmed, kept: kept.length }));
`;

describe('giving freed memory back', () => {
  it.runIf(onGlibc)('is built on this machine, which uses glibc', () => {
    // npm install builds it with the same compiler and headers as better-sqlite3.
    expect((requireFromServer('@roundtable/malloc-trim') as { available: boolean }).available).toBe(
      true,
    );
  });

  it.runIf(onGlibc)('returns the holes that freed memory leaves in the heap', () => {
    const run = spawnSync(process.execPath, ['--expose-gc', '-e', HOLES], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const { before, after, trimmed } = JSON.parse(run.stdout) as {
      before: number;
      after: number;
      trimmed: boolean;
    };
    expect(trimmed).toBe(true);
    // The 64 MiB of holes were resident until the trim.
    expect(before).toBeGreaterThan(60 * 1024);
    expect(before - after).toBeGreaterThan(56 * 1024);
  });

  it('never fails where the addon is missing: the trimmer then does nothing', () => {
    expect(typeof loadTrimmer().trim()).toBe('boolean');
  });

  it('trims while the server is quiet, not while it is busy', async () => {
    let trims = 0;
    const stop = trimWhenQuiet({
      trimmer: { trim: () => ((trims += 1), true) },
      logger: pino({ level: 'silent' }),
      everyMs: 40,
    });
    try {
      // Quiet: a look trims. On a loaded machine (CI) a look may see the test runner's own work,
      // so it waits for a quiet look, up to 5 s, rather than a fixed time.
      const quietUntil = Date.now() + 5000;
      while (trims === 0 && Date.now() < quietUntil) {
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
      expect(trims).toBeGreaterThan(0);

      // Busy: the event loop works 30 ms of every 35 until three looks have passed.
      const busyFrom = trims;
      const busyUntil = Date.now() + 400;
      await new Promise<void>((resolve) => {
        const spin = setInterval(() => {
          const end = Date.now() + 30;
          while (Date.now() < end);
          if (Date.now() > busyUntil) {
            clearInterval(spin);
            resolve();
          }
        }, 5);
      });
      // The first look may straddle the quiet time before; none after it trims.
      expect(trims - busyFrom).toBeLessThanOrEqual(1);
    } finally {
      stop();
    }
    const stopped = trims;
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(trims).toBe(stopped);
  });
});
