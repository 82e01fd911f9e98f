import { describe, expect, it } from 'vitest';
import { DocumentTitle } from './documents.ts';
import { PersonName } from './people.ts';
import { WorkspaceName } from './workspaces.ts';

describe('names and titles others see', () => {
  it('keeps names in any language, with accents and emoji', () => {
    for (const name of ['Zoë', 'Łukasz', 'Ayşe', 'Nguyễn Văn An', 'محمد', 'Sam 🌻']) {
      expect(PersonName.parse(name)).toBe(name);
    }
  });

  it('refuses direction marks that disguise a name, control characters and broken characters', () => {
    for (const name of [
      '\u202enimdA',
      'Sam\u0000',
      'Bell\u0007',
      'A\u2066B',
      'x\ud800',
      '\udc00y',
    ]) {
      const parsed = PersonName.safeParse(name);
      expect(parsed.success, JSON.stringify(name)).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(/hidden or broken characters/);
    }
    expect(DocumentTitle.safeParse('Strategy\u202e').success).toBe(false);
    expect(WorkspaceName.safeParse('Board\u001b[31m').success).toBe(false);
  });
});
