// Rules in the one can(): comments, one-time sign-in links, standing, and Easy Read work.
import { describe, expect, it } from 'vitest';
import { can, mayMakeSignInLinkFor, standingIn, type Actor, type Role } from './policy.ts';

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

describe('personal data of strangers', () => {
  it("keeps a consultation's queue and contacts to the workspace's facilitators, not an administrator outside it", () => {
    const target = { workspaceId: 'ws' };
    expect(can(person('f', 'facilitator'), 'consultation:run', target)).toBe(true);
    expect(can(person('f', 'facilitator', true), 'consultation:run', target)).toBe(true);
    expect(can(person('a', null, true), 'consultation:run', target)).toBe(false);
    expect(can(person('m', 'member', true), 'consultation:run', target)).toBe(false);
  });
});

describe('who may make a one-time sign-in link for whom', () => {
  const person = (roles: Record<string, Role>, isAdmin = false): Actor => ({
    kind: 'user',
    userId: 'someone',
    isAdmin,
    roles: new Map(Object.entries(roles)),
  });
  const cases: Array<[string, Actor, Actor, boolean]> = [
    [
      'a facilitator, for a member of their workspace',
      person({ a: 'facilitator' }),
      person({ a: 'member' }),
      true,
    ],
    [
      'a facilitator, for an observer of their workspace',
      person({ a: 'facilitator' }),
      person({ a: 'observer' }),
      true,
    ],
    [
      'a facilitator, for another facilitator of their workspace',
      person({ a: 'facilitator' }),
      person({ a: 'facilitator' }),
      true,
    ],
    [
      'a facilitator of two workspaces, for a member of both',
      person({ a: 'facilitator', b: 'facilitator' }),
      person({ a: 'member', b: 'observer' }),
      true,
    ],
    [
      'a facilitator, for an administrator in their workspace',
      person({ a: 'facilitator' }),
      person({ a: 'facilitator' }, true),
      false,
    ],
    [
      'a facilitator, for an administrator who is only a member',
      person({ a: 'facilitator' }),
      person({ a: 'member' }, true),
      false,
    ],
    [
      'a facilitator, for a member who is also in a workspace they do not run',
      person({ a: 'facilitator' }),
      person({ a: 'member', b: 'observer' }),
      false,
    ],
    [
      'a facilitator, for a member of a workspace where the maker is only a member',
      person({ a: 'facilitator', b: 'member' }),
      person({ a: 'member', b: 'member' }),
      false,
    ],
    ['a member, for another member', person({ a: 'member' }), person({ a: 'member' }), false],
    [
      'an administrator, for an administrator',
      person({}, true),
      person({ a: 'facilitator' }, true),
      true,
    ],
    [
      'an administrator, for anyone',
      person({}, true),
      person({ a: 'member', b: 'observer' }),
      true,
    ],
    ['anonymous, for a member', { kind: 'anonymous' }, person({ a: 'member' }), false],
  ];
  it.each(cases)('%s', (_name, maker, subject, expected) => {
    expect(mayMakeSignInLinkFor(maker, subject)).toBe(expected);
  });
});

describe('standing in a workspace', () => {
  it('is the role there, else admin for an administrator, else nothing', () => {
    expect(standingIn(person('m', 'member'), 'ws')).toBe('member');
    expect(standingIn(person('a', 'observer', true), 'ws')).toBe('observer');
    expect(standingIn(person('a', null, true), 'ws')).toBe('admin');
    expect(standingIn(person('x', null), 'ws')).toBeUndefined();
    expect(standingIn({ kind: 'anonymous' }, 'ws')).toBeUndefined();
  });
});

describe('downloading a person’s data', () => {
  const action = 'person:download-data';
  it('lets anyone have their own, whole or one workspace’s part', () => {
    expect(can(person('m', 'member'), action, { personId: 'm' })).toBe(true);
    expect(can(person('o', null), action, { personId: 'o', workspaceId: 'ws' })).toBe(true);
  });

  it('lets a facilitator have a member’s part of their own workspace only', () => {
    const facilitator = person('f', 'facilitator');
    expect(can(facilitator, action, { personId: 'm', workspaceId: 'ws' })).toBe(true);
    expect(can(facilitator, action, { personId: 'm', workspaceId: 'other' })).toBe(false);
    expect(can(facilitator, action, { personId: 'm' })).toBe(false);
    expect(can(person('m2', 'member'), action, { personId: 'm', workspaceId: 'ws' })).toBe(false);
    expect(can({ kind: 'anonymous' }, action, { personId: 'm' })).toBe(false);
  });

  it('lets an administrator have anyone’s', () => {
    expect(can(person('a', null, true), action, { personId: 'm' })).toBe(true);
  });
});

describe('hard word rules', () => {
  it('lets whoever may write in the workspace change its hard words, and observers only read', () => {
    const target = { workspaceId: 'ws' };
    expect(can(person('m', 'member'), 'hard-words:change', target)).toBe(true);
    expect(can(person('f', 'facilitator'), 'hard-words:change', target)).toBe(true);
    expect(can(person('o', 'observer'), 'hard-words:change', target)).toBe(false);
    expect(can(person('o', 'observer'), 'workspace:read', target)).toBe(true);
    expect(can(person('x', null), 'hard-words:change', target)).toBe(false);
  });
});

describe('Easy Read rules', () => {
  const target = { workspaceId: 'ws' };
  it('lets only facilitators make an Easy Read version, start a check and see its results', () => {
    for (const action of ['easy-read:make', 'easy-read:run-check'] as const) {
      expect(can(person('f', 'facilitator'), action, target)).toBe(true);
      expect(can(person('m', 'member'), action, target)).toBe(false);
      expect(can(person('o', 'observer'), action, target)).toBe(false);
    }
  });

  it('lets everyone in the workspace who may read answer a check, observers too', () => {
    for (const role of ['facilitator', 'member', 'observer'] as const) {
      expect(can(person('p', role), 'easy-read:check', target)).toBe(true);
    }
    expect(can(person('x', null), 'easy-read:check', target)).toBe(false);
  });
});
