// What a facilitator reads about each mail in the outbox, and how long a failed mail waits.
import { describe, expect, it } from 'vitest';
import type { OutboxMailRecord } from '../storage/recruiting-ports.ts';
import { retryDelayMs } from './durable-outbox.ts';
import { mailSummary } from './mail-words.ts';

const mail = (fields: Partial<OutboxMailRecord>): OutboxMailRecord => ({
  id: 'm1',
  workspaceId: 'w1',
  about: 'join-request:r1',
  to: 'jo@example.org',
  subject: 'Hello',
  text: 'Hello',
  attachments: [],
  createdAt: '2026-12-07T09:00:00.000Z',
  attempts: 0,
  nextAttemptAt: '2026-12-07T09:00:00.000Z',
  lastError: null,
  sentAt: null,
  ...fields,
});

describe('the state of a mail, in plain words', () => {
  it('says when it was sent, or that it waits and why', () => {
    expect(mailSummary(mail({ sentAt: '2026-12-07T10:00:00.000Z', attempts: 1 }))).toBe(
      'Sent on 7 December',
    );
    expect(mailSummary(mail({}))).toBe('Waiting to send');
    expect(mailSummary(mail({ attempts: 3, lastError: 'connect ECONNREFUSED 127.0.0.1:25' }))).toBe(
      'Waiting to send: tried 3 times, the mail server did not answer',
    );
    expect(
      mailSummary(mail({ attempts: 1, lastError: 'Invalid login: 535 Authentication failed' })),
    ).toBe('Waiting to send: tried once, the mail server did not accept our password');
    expect(mailSummary(mail({ attempts: 2, lastError: '550 No such recipient here' }))).toBe(
      'Waiting to send: tried 2 times, the mail server refused the address',
    );
  });

  it('waits longer after each failed try, never more than 6 hours', () => {
    const minutes = [1, 2, 3, 4, 12].map((attempts) => retryDelayMs(attempts) / 60_000);
    expect(minutes).toEqual([1, 2, 4, 8, 360]);
  });
});
