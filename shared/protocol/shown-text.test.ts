import { describe, expect, it } from 'vitest';
import { DocumentTitle, VersionName } from './documents.ts';
import { MeetingCommandSchema } from './meeting.ts';
import { PersonName } from './people.ts';
import { nameKey } from './shown-text.ts';
import { WorkspaceName } from './workspaces.ts';

describe('names and titles others see', () => {
  it('keeps names in any language, with accents and emoji', () => {
    for (const name of [
      'Zoë',
      'Łukasz',
      'Ayşe',
      'Nguyễn Văn An',
      'محمد',
      'Sam 🌻',
      'می\u200cخواهم',
      'क्\u200dष',
      'Ana 👩🏽\u200d💻',
      'Kim ❤\ufe0f',
      'Tiếng Việt',
      'Keycap 1\ufe0f\u20e3',
      'Iona 🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}',
      '葛\u{e0100}飾',
    ]) {
      expect(PersonName.parse(name)).toBe(name);
    }
  });

  it('normalises: one form of each letter, trimmed, one space between words', () => {
    expect(PersonName.parse('  Zoe\u0308\u00a0\u2003 Smith\t')).toBe('Zoë Smith');
    expect(PersonName.safeParse(' \u00a0 ').error?.issues[0]?.message).toBe(
      'Please type your name',
    );
  });

  it('refuses direction marks, invisible and control characters, and broken characters', () => {
    for (const name of [
      '\u202enimdA',
      'Sam\u0000',
      'Bell\u0007',
      'A\u2066B',
      'x\ud800',
      '\udc00y',
      'Al\u200bice',
      'Al\u200cice',
      'Al\u200dice',
      'Al\u2060ice',
      'Al\ufeffice',
      'Al\u00adice',
      'Al\ufe0fice',
      'Alice\u{e0041}\u{e0064}',
      'Sa\nm',
      '\u3164',
      '\u2800',
      'Al\ufffeice',
      'Al\ufdd0ice',
      `Z${'\u0336'.repeat(6)}algo`,
    ]) {
      const parsed = PersonName.safeParse(name);
      expect(parsed.success, JSON.stringify(name)).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(/hidden or broken characters/);
    }
    expect(DocumentTitle.safeParse('Strategy\u202e').success).toBe(false);
    expect(WorkspaceName.safeParse('Board\u001b[31m').success).toBe(false);
    expect(VersionName.safeParse('Final\u200b').success).toBe(false);
    expect(
      MeetingCommandSchema.safeParse({ type: 'agenda:add', title: '\u2060', minutes: 5 }).success,
    ).toBe(false);
  });

  it('compares names whatever their case, spacing or width', () => {
    expect(nameKey('Sam Jones')).toBe(nameKey('SAM  jones'));
    expect(nameKey('Sam Jones')).toBe(nameKey('Ｓａｍ Ｊｏｎｅｓ'));
    expect(nameKey('Sam Jones')).not.toBe(nameKey('Sam J'));
  });
});
