import { describe, expect, it } from 'vitest';
import { toLinkAddress } from './link-address.ts';

describe('toLinkAddress', () => {
  it('adds https:// to a bare address', () => {
    expect(toLinkAddress(' www.example.org/plan ')).toEqual({
      ok: true,
      href: 'https://www.example.org/plan',
    });
  });

  it('keeps http, https and mailto addresses', () => {
    expect(toLinkAddress('http://council.gov.uk')).toEqual({
      ok: true,
      href: 'http://council.gov.uk/',
    });
    expect(toLinkAddress('sam@example.org')).toEqual({ ok: true, href: 'mailto:sam@example.org' });
  });

  it('refuses other schemes and things that are not addresses', () => {
    expect(toLinkAddress('javascript:alert(1)').ok).toBe(false);
    expect(toLinkAddress('data:text/html,hi').ok).toBe(false);
    expect(toLinkAddress('hello there').ok).toBe(false);
    expect(toLinkAddress('').ok).toBe(false);
  });
});
