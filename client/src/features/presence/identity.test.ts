import { describe, expect, it } from 'vitest';
import { PRESENCE_COLOURS, cleanName, parseIdentity, pickColour } from './identity.ts';

describe('identity', () => {
  it('tidies names and refuses empty ones', () => {
    expect(cleanName('  Sam   Jones ')).toBe('Sam Jones');
    expect(cleanName('   ')).toBeNull();
    expect(cleanName('x'.repeat(100))).toHaveLength(40);
  });

  it('picks a colour from the palette for any random number', () => {
    expect(pickColour(() => 0)).toBe(PRESENCE_COLOURS[0]);
    expect(pickColour(() => 0.9999)).toBe(PRESENCE_COLOURS.at(-1));
  });

  it('reads a saved identity and repairs a colour it does not know', () => {
    expect(parseIdentity(JSON.stringify({ name: 'Sam', color: '#1d4f91' }))).toEqual({
      name: 'Sam',
      color: '#1d4f91',
    });
    expect(parseIdentity(JSON.stringify({ name: 'Sam', color: 'red; x' }))?.color).toBe(
      PRESENCE_COLOURS[0],
    );
    expect(parseIdentity(JSON.stringify({ name: '' }))).toBeNull();
    expect(parseIdentity('nonsense')).toBeNull();
  });
});
