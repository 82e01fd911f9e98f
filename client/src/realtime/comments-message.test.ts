import { describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import { encodeCommentsMessage, readCommentsNotice } from './comments-message.ts';

describe('comments message', () => {
  it('reads what the server sends, and nothing malformed', () => {
    const notice = {
      documentId: 'd1',
      threadId: 't1',
      change: 'created' as const,
      actorId: 'u1',
      actorName: 'Rachel',
      quote: 'independent living',
    };
    const decoder = decoding.createDecoder(encodeCommentsMessage(notice));
    decoding.readVarUint(decoder);
    expect(readCommentsNotice(decoder)).toEqual(notice);
    const bad = decoding.createDecoder(new Uint8Array([3, 65, 66, 67]));
    expect(readCommentsNotice(bad)).toBeNull();
  });
});
