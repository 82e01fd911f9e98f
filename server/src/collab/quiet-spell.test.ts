import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QuietSpell } from './quiet-spell.ts';

describe('QuietSpell', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('calls back once, a whole spell after the last touch, however many touches came before', () => {
    const quiet = vi.fn();
    const spell = new QuietSpell(1000, quiet);
    for (let i = 0; i < 10; i++) {
      spell.touch();
      vi.advanceTimersByTime(600);
    }
    expect([quiet.mock.calls.length, spell.waiting]).toEqual([0, true]);
    vi.advanceTimersByTime(399);
    expect(quiet).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect([quiet.mock.calls.length, spell.waiting]).toEqual([1, false]);
    vi.advanceTimersByTime(5000);
    expect(quiet).toHaveBeenCalledTimes(1);
    // The next touch starts a new spell.
    spell.touch();
    vi.advanceTimersByTime(1000);
    expect(quiet).toHaveBeenCalledTimes(2);
  });

  it('never calls back once cancelled', () => {
    const quiet = vi.fn();
    const spell = new QuietSpell(1000, quiet);
    spell.touch();
    vi.advanceTimersByTime(500);
    spell.cancel();
    vi.advanceTimersByTime(5000);
    expect([quiet.mock.calls.length, spell.waiting]).toEqual([0, false]);
  });
});
