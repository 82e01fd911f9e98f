import { describe, expect, it } from 'vitest';
import { sameContact } from './booking-contact.ts';

describe('sameContact', () => {
  it('matches an email address in any case and with spaces, or the same phone digits', () => {
    const ana = { email: 'Ana@Example.org', phone: null };
    expect(sameContact(ana, { email: ' ana@example.org', phone: null })).toBe(true);
    expect(
      sameContact(
        { email: null, phone: '01234 567 890' },
        { email: 'x@y.z', phone: '01234567890' },
      ),
    ).toBe(true);
    expect(sameContact(ana, { email: 'ben@example.org', phone: '0123' })).toBe(false);
    expect(sameContact({ email: null, phone: null }, { email: null, phone: null })).toBe(false);
  });
});
