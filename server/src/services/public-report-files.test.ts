// The public reports kept once made: identical requests share one making, only one is made at a
// time (another is answered busy, with a time to come back), a change has it made again, and a
// failure is not kept.
import { describe, expect, it } from 'vitest';
import { ExportBusyError } from './export-refusals.ts';
import { PublicReportFiles } from './public-report-files.ts';

const later = () => {
  let done: (value: string) => void = () => undefined;
  const promise = new Promise<string>((resolve) => (done = resolve));
  return { promise, done };
};

describe('public report files', () => {
  it('makes a file once for everyone who asks, and again after a change', async () => {
    let clock = 0;
    const files = new PublicReportFiles<string>(() => clock, 1000);
    let made = 0;
    const make = async () => `file ${++made}`;
    const [a, b] = await Promise.all([files.get('c1', 'pdf', make), files.get('c1', 'pdf', make)]);
    expect([a, b, made]).toEqual(['file 1', 'file 1', 1]);
    expect(await files.get('c1', 'pdf', make)).toBe('file 1');
    files.forget('c1');
    expect(await files.get('c1', 'pdf', make)).toBe('file 2');
    clock = 2000;
    expect(await files.get('c1', 'pdf', make)).toBe('file 3');
  });

  it('makes one at a time: another asked for meanwhile is answered busy', async () => {
    const files = new PublicReportFiles<string>(() => 0);
    const slow = later();
    const first = files.get('c1', 'pdf', () => slow.promise);
    const other = files.get('c2', 'pdf', async () => 'other');
    await expect(other).rejects.toBeInstanceOf(ExportBusyError);
    await expect(other).rejects.toMatchObject({ retryAfterSeconds: 30 });
    slow.done('first');
    expect(await first).toBe('first');
    expect(await files.get('c2', 'pdf', async () => 'other')).toBe('other');
  });

  it('does not keep a file that failed', async () => {
    const files = new PublicReportFiles<string>(() => 0);
    await expect(
      files.get('c1', 'pdf', () => Promise.reject(new Error('thread died'))),
    ).rejects.toThrow('thread died');
    expect(await files.get('c1', 'pdf', async () => 'made')).toBe('made');
  });
});
