import { describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import { MessageType } from '@roundtable/shared/protocol/collab';
import { encodeSavedMessage, readSavedClocks } from './saved-message.ts';

describe('saved message', () => {
  it('round-trips client ids and clocks', () => {
    const clocks = new Map([
      [1, 0],
      [4_000_000_000, 123_456],
    ]);
    const decoder = decoding.createDecoder(encodeSavedMessage(clocks));
    expect(decoding.readVarUint(decoder)).toBe(MessageType.saved);
    expect(readSavedClocks(decoder)).toEqual(clocks);
    expect(decoding.hasContent(decoder)).toBe(false);
  });

  it('reads an empty acknowledgement', () => {
    const decoder = decoding.createDecoder(encodeSavedMessage(new Map()));
    decoding.readVarUint(decoder);
    expect(readSavedClocks(decoder).size).toBe(0);
  });
});
