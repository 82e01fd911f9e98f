import { describe, expect, it } from 'vitest';
import { retargetOutbox, type OutboxEntry } from './outbox.ts';
import type { ThreadItem } from './pending-view.ts';
import { threadsBySuggestion } from './suggestion-replies.ts';
import { resolvedNote, suggestionNote } from './ThreadCard.tsx';

const at = '2026-11-23T10:00:00.000Z';
const thread = (id: string, suggestionId: string | null, pending = false): ThreadItem => ({
  id,
  documentId: 'd1',
  anchor: { start: 'AQID', end: 'BAUG' },
  quote: 'more support at home',
  createdBy: 'u-rachel',
  createdAt: at,
  resolvedAt: null,
  resolvedBy: null,
  resolvedByName: null,
  suggestionId,
  resolvedBecause: null,
  pending,
  comments: [
    {
      id: `${id}-c`,
      threadId: id,
      authorId: 'u-rachel',
      authorName: 'Rachel',
      body: `in ${id}`,
      createdAt: at,
      editedAt: null,
      deletedAt: null,
      pending,
    },
  ],
});

describe('replies on suggestions', () => {
  it('finds the thread on each suggestion, showing an unsent second start as part of it', () => {
    const found = threadsBySuggestion([
      thread('mine', 'sg1', true),
      thread('plain', null),
      thread('theirs', 'sg1'),
      thread('other', 'sg2'),
    ]);
    expect([...found.keys()].sort()).toEqual(['sg1', 'sg2']);
    expect(found.get('sg1')?.threadId).toBe('theirs');
    expect(found.get('sg1')?.replies.map((c) => c.body)).toEqual(['in theirs', 'in mine']);
  });

  it('says in the Comments list which suggestion a thread is on, and why it was resolved', () => {
    expect(suggestionNote('Sam')).toBe('On Sam’s suggestion');
    expect(suggestionNote(null)).toBe('On a suggestion');
    const decided = { ...thread('t', 'sg1'), resolvedAt: at, resolvedBecause: 'accepted' as const };
    expect(resolvedNote({ ...decided, resolvedByName: 'Fran' }, 'just now')).toBe(
      'Resolved when the suggestion was accepted by Fran just now.',
    );
    expect(resolvedNote(decided, '')).toBe(
      'Resolved when the suggestion was accepted by a meeting poll.',
    );
    expect(resolvedNote({ ...thread('t', null), resolvedByName: 'Sam' }, 'just now')).toBe(
      'Resolved by Sam just now.',
    );
  });

  it('sends what is unsent for a thread that the server joined to another to that one', () => {
    const entries: OutboxEntry[] = [
      { id: 'e1', at, action: { kind: 'reply', threadId: 'mine', body: { id: 'r1', body: 'Hi' } } },
      { id: 'e2', at, action: { kind: 'resolve', threadId: 'other' } },
    ];
    expect(retargetOutbox(entries, 'mine', 'theirs').map((e) => e.action)).toEqual([
      { kind: 'reply', threadId: 'theirs', body: { id: 'r1', body: 'Hi' } },
      { kind: 'resolve', threadId: 'other' },
    ]);
  });
});
