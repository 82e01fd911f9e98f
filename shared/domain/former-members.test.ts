import { describe, expect, it } from 'vitest';
import { formerMemberId, formerMemberName, formerMemberNumber } from './former-members.ts';
import { isValidId } from '../protocol/ids.ts';

describe('former members', () => {
  it('names the pseudonym of the third person erased "Former member 3"', () => {
    expect(formerMemberName(formerMemberId(3))).toBe('Former member 3');
    expect(isValidId(formerMemberId(3))).toBe(true);
  });

  it('names nobody else', () => {
    expect(formerMemberName('aB3dE5fG7hJ9kL1m')).toBeNull();
    expect(formerMemberNumber('former-member-0')).toBeNull();
    expect(formerMemberNumber('former-member-3x')).toBeNull();
  });
});
