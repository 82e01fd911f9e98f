// The comment rules in the one can(): who may comment, and who may change a comment.
import { describe, expect, it } from 'vitest';
import { can, type Actor, type Role } from './policy.ts';

const person = (userId: string, role: Role | null, isAdmin = false): Actor => ({
  kind: 'user',
  userId,
  isAdmin,
  roles: new Map(role ? [['ws', role]] : []),
});

describe('comment rules', () => {
  it('lets members and facilitators comment, observers only when the workspace allows', () => {
    expect(can(person('m', 'member'), 'comment:write', { workspaceId: 'ws' })).toBe(true);
    expect(can(person('f', 'facilitator'), 'comment:write', { workspaceId: 'ws' })).toBe(true);
    expect(can(person('o', 'observer'), 'comment:write', { workspaceId: 'ws' })).toBe(false);
    expect(
      can(person('o', 'observer'), 'comment:write', {
        workspaceId: 'ws',
        observersMayComment: true,
      }),
    ).toBe(true);
    expect(can(person('x', null), 'comment:write', { workspaceId: 'ws' })).toBe(false);
    expect(can({ kind: 'anonymous' }, 'comment:write', { workspaceId: 'ws' })).toBe(false);
  });

  it('lets only the author change a comment, not even an administrator', () => {
    const target = { workspaceId: 'ws', authorId: 'm' };
    expect(can(person('m', 'member'), 'comment:change', target)).toBe(true);
    expect(can(person('f', 'facilitator'), 'comment:change', target)).toBe(false);
    expect(can(person('a', null, true), 'comment:change', target)).toBe(false);
    expect(can(person('a', null, true), 'comment:change', { ...target, authorId: 'a' })).toBe(true);
  });

  it('stops an observer changing their comment once the workspace no longer allows comments', () => {
    const target = { workspaceId: 'ws', authorId: 'o' };
    expect(can(person('o', 'observer'), 'comment:change', target)).toBe(false);
    expect(
      can(person('o', 'observer'), 'comment:change', { ...target, observersMayComment: true }),
    ).toBe(true);
  });
});
