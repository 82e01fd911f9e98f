// Contract cases for the comment store, run inside storeContract for every store.
import { expect, it } from 'vitest';
import { initialDocumentState } from '../documents/snapshot.ts';
import type { CommentRecord, CommentThreadRecord } from './comment-ports.ts';
import type { Store } from './ports.ts';

const at = (minute: number): string => new Date(Date.UTC(2026, 10, 4, 9, minute)).toISOString();

export function commentContract(getStore: () => Store): void {
  const newDocument = async (prefix: string): Promise<string> => {
    const store = getStore();
    const workspaceId = `ws-${prefix}`;
    await store.workspaces.createWorkspace({ id: workspaceId, name: 'Board', createdAt: at(0) });
    const documentId = `doc-${prefix}`;
    await store.documents.createDocument({
      record: {
        id: documentId,
        workspaceId,
        title: 'Strategy',
        createdAt: at(0),
        updatedAt: at(0),
      },
      initialState: initialDocumentState(),
    });
    return documentId;
  };
  const thread = (id: string, documentId: string, minute: number): CommentThreadRecord => ({
    id,
    documentId,
    anchorStart: 'AAEC',
    anchorEnd: 'AAED',
    quote: 'independent living',
    createdBy: 'rachel',
    createdAt: at(minute),
    resolvedAt: null,
    resolvedBy: null,
    suggestionId: null,
    resolvedBecause: null,
  });
  const comment = (
    id: string,
    threadId: string,
    minute: number,
    authorId = 'rachel',
  ): CommentRecord => ({
    id,
    threadId,
    authorId,
    body: `Comment ${id}`,
    createdAt: at(minute),
    editedAt: null,
    deletedAt: null,
  });

  it('keeps a thread with its comments, both oldest first', async () => {
    const documentId = await newDocument('c-list');
    const store = getStore();
    expect(
      await store.comments.createThread(thread('t2', documentId, 5), comment('c2', 't2', 5)),
    ).toBe(true);
    expect(
      await store.comments.createThread(thread('t1', documentId, 1), comment('c1', 't1', 1)),
    ).toBe(true);
    expect(await store.comments.addComment(comment('c3', 't1', 7, 'sam'))).toBe(true);
    const threads = await store.comments.listThreads(documentId);
    expect(threads.map((t) => t.thread.id)).toEqual(['t1', 't2']);
    expect(threads[0]?.comments.map((c) => c.id)).toEqual(['c1', 'c3']);
    expect(threads[0]?.thread).toEqual(thread('t1', documentId, 1));
    expect(await store.comments.getThread('t1')).toEqual(threads[0]);
    expect(await store.comments.getComment('c3')).toEqual(comment('c3', 't1', 7, 'sam'));
    expect(await store.comments.getThread('missing')).toBeUndefined();
    expect(await store.comments.listThreads('missing')).toEqual([]);
  });

  it('refuses a second thread or comment with a used id, storing nothing new', async () => {
    const documentId = await newDocument('c-dup');
    const store = getStore();
    await store.comments.createThread(thread('t-dup', documentId, 1), comment('c-dup', 't-dup', 1));
    expect(
      await store.comments.createThread(
        thread('t-dup', documentId, 2),
        comment('c-other', 't-dup', 2),
      ),
    ).toBe(false);
    expect(await store.comments.getComment('c-other')).toBeUndefined();
    expect(await store.comments.addComment(comment('c-dup', 't-dup', 3))).toBe(false);
    expect((await store.comments.getThread('t-dup'))?.comments).toHaveLength(1);
  });

  it('edits and softly deletes a comment; a deleted one cannot be edited', async () => {
    const documentId = await newDocument('c-edit');
    const store = getStore();
    await store.comments.createThread(thread('t-e', documentId, 1), comment('c-e', 't-e', 1));
    expect(await store.comments.editComment('c-e', 'Changed', at(2))).toBe(true);
    expect(await store.comments.getComment('c-e')).toMatchObject({
      body: 'Changed',
      editedAt: at(2),
    });
    expect(await store.comments.deleteComment('c-e', at(3))).toBe(true);
    expect(await store.comments.getComment('c-e')).toMatchObject({ body: '', deletedAt: at(3) });
    expect(await store.comments.deleteComment('c-e', at(4))).toBe(false);
    expect(await store.comments.editComment('c-e', 'Again', at(4))).toBe(false);
    expect(await store.comments.editComment('missing', 'x', at(4))).toBe(false);
  });

  it('resolves and reopens a thread, remembering who resolved it', async () => {
    const documentId = await newDocument('c-resolve');
    const store = getStore();
    await store.comments.createThread(thread('t-r', documentId, 1), comment('c-r', 't-r', 1));
    expect(await store.comments.setResolved('t-r', { at: at(2), by: 'sam' })).toBe(true);
    expect((await store.comments.getThread('t-r'))?.thread).toMatchObject({
      resolvedAt: at(2),
      resolvedBy: 'sam',
    });
    expect(await store.comments.setResolved('t-r', null)).toBe(true);
    expect((await store.comments.getThread('t-r'))?.thread).toMatchObject({
      resolvedAt: null,
      resolvedBy: null,
    });
    expect(await store.comments.setResolved('missing', null)).toBe(false);
  });

  it('links a thread to a suggestion, one thread per suggestion, resolved with why', async () => {
    const documentId = await newDocument('c-suggestion');
    const store = getStore();
    const linked = { ...thread('t-s', documentId, 1), suggestionId: 'sg-1' };
    expect(await store.comments.createThread(linked, comment('c-s', 't-s', 1))).toBe(true);
    expect((await store.comments.getThread('t-s'))?.thread).toEqual(linked);
    expect((await store.comments.findSuggestionThread(documentId, 'sg-1'))?.thread.id).toBe('t-s');
    expect(await store.comments.findSuggestionThread(documentId, 'sg-other')).toBeUndefined();
    const second = { ...thread('t-s2', documentId, 2), suggestionId: 'sg-1' };
    expect(await store.comments.createThread(second, comment('c-s2', 't-s2', 2))).toBe(false);
    expect(await store.comments.getThread('t-s2')).toBeUndefined();
    expect(await store.comments.getComment('c-s2')).toBeUndefined();
    // Threads on no suggestion are not limited.
    await store.comments.createThread(thread('t-n1', documentId, 3), comment('c-n1', 't-n1', 3));
    await store.comments.createThread(thread('t-n2', documentId, 4), comment('c-n2', 't-n2', 4));
    expect(await store.comments.listThreads(documentId)).toHaveLength(3);
    expect(
      await store.comments.setResolved('t-s', { at: at(5), by: null, because: 'accepted' }),
    ).toBe(true);
    expect((await store.comments.getThread('t-s'))?.thread).toMatchObject({
      resolvedAt: at(5),
      resolvedBy: null,
      resolvedBecause: 'accepted',
    });
    await store.comments.setResolved('t-s', null);
    expect((await store.comments.getThread('t-s'))?.thread).toMatchObject({
      resolvedAt: null,
      resolvedBecause: null,
    });
  });

  it('erases what one person wrote and nobody else’s', async () => {
    const documentId = await newDocument('c-erase');
    const store = getStore();
    await store.comments.createThread(thread('t-x', documentId, 1), comment('c-x1', 't-x', 1));
    await store.comments.addComment(comment('c-x2', 't-x', 2, 'sam'));
    expect(await store.comments.eraseAuthor('rachel', at(3))).toBe(1);
    expect(await store.comments.getComment('c-x1')).toMatchObject({ body: '', deletedAt: at(3) });
    expect((await store.comments.getComment('c-x2'))?.body).toBe('Comment c-x2');
    expect(await store.comments.eraseAuthor('rachel', at(4))).toBe(0);
  });

  it('goes with its document when the document is erased from the bin', async () => {
    const documentId = await newDocument('c-purge');
    const store = getStore();
    await store.comments.createThread(thread('t-p', documentId, 1), comment('c-p', 't-p', 1));
    await store.documents.updateDocument(documentId, { deletedAt: at(2), updatedAt: at(2) });
    await store.documents.purgeBin(at(10));
    expect(await store.comments.getThread('t-p')).toBeUndefined();
    expect(await store.comments.getComment('c-p')).toBeUndefined();
  });
}
