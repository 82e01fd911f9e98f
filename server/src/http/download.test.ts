import { describe, expect, it } from 'vitest';
import { attachmentHeader } from './download.ts';

describe('the download header', () => {
  it('keeps every letter of the name, with a plain ASCII name for old browsers (RFC 6266)', () => {
    expect(attachmentHeader('Zoë’s plan.pdf')).toBe(
      `attachment; filename="Zoes plan.pdf"; filename*=UTF-8''Zo%C3%AB%E2%80%99s%20plan.pdf`,
    );
    expect(attachmentHeader('Plan (draft).md')).toBe(
      `attachment; filename="Plan (draft).md"; filename*=UTF-8''Plan%20%28draft%29.md`,
    );
  });

  it('never lets a name break out of its quotes, and falls back when nothing is ASCII', () => {
    expect(attachmentHeader('a"b\\c.md')).toMatch(/^attachment; filename="abc\.md"; /);
    expect(attachmentHeader('計画.md')).toMatch(
      /^attachment; filename="\.md"; filename\*=UTF-8''%E8/,
    );
  });
});
