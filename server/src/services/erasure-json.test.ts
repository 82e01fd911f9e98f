import { describe, expect, it } from 'vitest';
import { jsonRewriter } from './erasure-json.ts';

const rewrite = jsonRewriter({
  id: 'aB3dE5fG7hJ9kL1m',
  name: 'Amara Okafor',
  email: 'amara@example.org',
  pseudonymId: 'former-member-3',
  pseudonymName: 'Former member 3',
});

describe('taking a person out of stored JSON', () => {
  it('names the pseudonym for their id, as value and as key, and in free text', () => {
    const state = {
      attendance: { aB3dE5fG7hJ9kL1m: { name: 'Amara Okafor', firstSeen: 1 } },
      decisions: [{ recordedBy: 'aB3dE5fG7hJ9kL1m', text: 'We agree' }],
      actions: [{ who: 'Amara Okafor and Sam', what: 'Write to amara@example.org' }],
    };
    expect(rewrite(state)).toEqual({
      attendance: { 'former-member-3': { name: 'Former member 3', firstSeen: 1 } },
      decisions: [{ recordedBy: 'former-member-3', text: 'We agree' }],
      actions: [{ who: 'Former member 3 and Sam', what: 'Write to ' }],
    });
  });

  it('drops the access needs and notes of their replies to meetings', () => {
    const rsvps = { aB3dE5fG7hJ9kL1m: { answer: 'yes', needs: ['step-free'], notes: 'x' } };
    expect(rewrite(rsvps)).toEqual({
      'former-member-3': { answer: 'yes', needs: [], notes: '' },
    });
  });

  it('gives back the very same value when nothing names them', () => {
    const other = { votes: { sam: 'yes' }, who: 'Amaranth' };
    expect(rewrite(other)).toBe(other);
  });
});
