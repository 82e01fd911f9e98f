import { describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import { MessageType } from '@roundtable/shared/protocol/collab';
import {
  encodeCommentsMessage,
  encodeNoticeMessage,
  readCommentsNotice,
  readHardWordsNotice,
} from './comments-message.ts';

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

describe('hard words message', () => {
  it('reads what the server sends, and nothing malformed', () => {
    const notice = { workspaceId: 'w1', actorId: 'u1' };
    const decoder = decoding.createDecoder(encodeNoticeMessage(MessageType.hardWords, notice));
    expect(decoding.readVarUint(decoder)).toBe(103);
    expect(readHardWordsNotice(decoder)).toEqual(notice);
    const wrong = decoding.createDecoder(
      encodeNoticeMessage(MessageType.hardWords, {
        workspaceId: 'no spaces allowed',
        actorId: null,
      }),
    );
    decoding.readVarUint(wrong);
    expect(readHardWordsNotice(wrong)).toBeNull();
  });
});
