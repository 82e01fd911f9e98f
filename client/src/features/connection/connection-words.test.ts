import { describe, expect, it } from 'vitest';
import { CloseCode } from '@roundtable/shared/protocol/collab';
import { stoppedReason } from './connection-words.ts';

describe('stoppedReason', () => {
  it('shows the reason the server gave when it refuses us', () => {
    expect(stoppedReason(CloseCode.forbidden, 'You are no longer a member of this workspace')).toBe(
      'You are no longer a member of this workspace',
    );
  });

  it('keeps the fixed sentence when the server gave no reason', () => {
    const fixed = 'You do not have permission to change this document.';
    expect(stoppedReason(CloseCode.forbidden)).toBe(fixed);
    expect(stoppedReason(CloseCode.forbidden, '  ')).toBe(fixed);
  });

  it('says a document is full in the words the server used', () => {
    const full = 'This document has reached its size limit (32 MiB), so this change was not saved.';
    expect(stoppedReason(CloseCode.tooLarge, full)).toBe(full);
    expect(stoppedReason(CloseCode.tooLarge)).toMatch(/size limit/);
  });
});
