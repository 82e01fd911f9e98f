import { describe, expect, it } from 'vitest';
import { MINUTE_MS, announcementFor, announcementsCrossed } from './timer.ts';

describe('timer announcements', () => {
  it('announces 5 minutes, 1 minute and time up once each as a 6-minute timer ticks down', () => {
    const heard: string[] = [];
    let before = 6 * MINUTE_MS;
    for (let left = before - 1000; left >= 0; left -= 1000) {
      heard.push(...announcementsCrossed(before, left).map(announcementFor));
      before = left;
    }
    expect(heard).toEqual(['5 minutes left.', '1 minute left.', 'Time is up for this item.']);
  });

  it('says each point passed in one jump (a tab that slept), and nothing between points', () => {
    expect(announcementsCrossed(6 * MINUTE_MS, 30_000).map(announcementFor)).toEqual([
      '5 minutes left.',
      '1 minute left.',
    ]);
    expect(announcementsCrossed(4 * MINUTE_MS, 2 * MINUTE_MS)).toEqual([]);
    expect(announcementsCrossed(0, 0)).toEqual([]);
  });
});
