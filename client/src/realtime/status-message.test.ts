import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import { MessageType } from '@roundtable/shared/protocol/collab';
import { encodeStatusMessage, readDocumentStatus } from './status-message.ts';

function read(bytes: Uint8Array) {
  const decoder = decoding.createDecoder(bytes);
  expect(decoding.readVarUint(decoder)).toBe(MessageType.status);
  return readDocumentStatus(decoder);
}

describe('the document status message', () => {
  it('round-trips a lock and its reason', () => {
    expect(read(encodeStatusMessage({ lockedReason: 'People are deciding' }))).toEqual({
      lockedReason: 'People are deciding',
    });
  });
  it('reads that a draft in review takes only suggestions, and why', () => {
    expect(read(encodeStatusMessage({ lockedReason: null, suggestionsOnly: 'In review' }))).toEqual(
      { lockedReason: null, suggestionsOnly: 'In review' },
    );
  });
  it('reads an unlock', () => {
    expect(read(encodeStatusMessage({ lockedReason: null }))).toEqual({ lockedReason: null });
  });
});
