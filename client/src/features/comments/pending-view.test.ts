import { describe, expect, it } from 'vitest';
import type { ThreadView } from '@roundtable/shared/protocol/comments';
import { flushOutbox, readOutbox, writeOutbox, type OutboxEntry } from './outbox.ts';
import { withOutbox } from './pending-view.ts';

const me = { id: 'u-rachel', name: 'Rachel' };
const at = '2026-11-23T10:00:00.000Z';
const anchor = { start: 'AQID', end: 'BAUG' };
const serverThread: ThreadView = {
  id: 't1',
  documentId: 'd1',
  anchor,
  quote: 'homes',
  createdBy: 'u-sam',
  createdAt: at,
  resolvedAt: null,
  resolvedBy: null,
  resolvedByName: null,
  suggestionId: null,
  resolvedBecause: null,
  comments: [
    {
      id: 'c1',
      threadId: 't1',
      authorId: 'u-rachel',
      authorName: 'Rachel',
      body: 'Which homes?',
      createdAt: at,
      editedAt: null,
      deletedAt: null,
    },
  ],
};
const entry = (id: string, action: OutboxEntry['action']): OutboxEntry => ({ id, at, action });

describe('comments kept on this device', () => {
  it('shows unsent threads, replies, edits and resolving over what the server has', () => {
    const items = withOutbox(
      [serverThread],
      [
        entry('1', {
          kind: 'create',
          documentId: 'd1',
          body: { id: 't2', commentId: 'c2', anchor, quote: 'care', body: 'Who pays?' },
        }),
        entry('2', { kind: 'reply', threadId: 't2', body: { id: 'c3', body: 'The council' } }),
        entry('3', {
          kind: 'edit',
          threadId: 't1',
          commentId: 'c1',
          body: 'Which homes, exactly?',
        }),
        entry('4', { kind: 'resolve', threadId: 't1' }),
      ],
      me,
    );
    expect(items.map((t) => [t.id, t.pending, t.resolvedByName])).toEqual([
      ['t1', true, 'Rachel'],
      ['t2', true, null],
    ]);
    expect(items[0]?.comments[0]).toMatchObject({ body: 'Which homes, exactly?', pending: true });
    expect(items[1]?.comments.map((c) => [c.body, c.pending])).toEqual([
      ['Who pays?', true],
      ['The council', true],
    ]);
  });

  it('ignores entries the server already has', () => {
    const items = withOutbox(
      [serverThread],
      [
        entry('1', {
          kind: 'create',
          documentId: 'd1',
          body: { id: 't1', commentId: 'c1', anchor, quote: 'homes', body: 'Which homes?' },
        }),
        entry('2', { kind: 'reopen', threadId: 't1' }),
      ],
      me,
    );
    expect(items).toHaveLength(1);
    expect(items[0]?.pending).toBe(false);
    expect(items[0]?.comments[0]?.pending).toBe(false);
  });

  it('sends in order, stops at the first that must wait, and drops refused ones', async () => {
    const entries = ['a', 'b', 'c', 'd'].map((id) => entry(id, { kind: 'resolve', threadId: id }));
    const outcomes = { a: 'sent', b: 'refused', c: 'retry', d: 'sent' } as const;
    const sent: string[] = [];
    const result = await flushOutbox(entries, async ({ id }) => {
      sent.push(id);
      const kind = outcomes[id as keyof typeof outcomes];
      return kind === 'refused' ? { kind, message: 'No' } : { kind };
    });
    expect(sent).toEqual(['a', 'b', 'c']);
    expect(result.remaining.map((e) => e.id)).toEqual(['c', 'd']);
    expect(result.refused).toEqual([{ entry: entries[1], message: 'No' }]);
  });

  it('keeps the outbox per document and survives damaged storage', () => {
    const values = new Map<string, string>();
    const storage = {
      getItem: (key: string) => values.get(key) ?? null,
      setItem: (key: string, value: string) => void values.set(key, value),
      removeItem: (key: string) => void values.delete(key),
    } as unknown as Storage;
    const entries = [entry('1', { kind: 'resolve', threadId: 't1' })];
    writeOutbox(storage, 'd1', entries);
    expect(readOutbox(storage, 'd1')).toEqual(entries);
    expect(readOutbox(storage, 'd2')).toEqual([]);
    values.set('roundtable-unsent-comments-d2', '{not json');
    expect(readOutbox(storage, 'd2')).toEqual([]);
    writeOutbox(storage, 'd1', []);
    expect(values.size).toBe(1);
  });
});
