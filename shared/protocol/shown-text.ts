// Names and titles that other people see: one line of readable text, the same for everyone.
// Every schema of such a name uses `shownText`, which normalises (Unicode NFC, trimmed, runs of
// spaces made one space) and refuses, with a message a person can act on, what shows nothing or
// changes how the text around it shows: control characters, invisible characters (zero-width
// spaces, joiners and word joiners, the byte order mark, fillers), the direction marks that
// make "\u202enimdA" read as "Admin", broken characters (a lone half of a surrogate pair),
// noncharacters, and piles of combining marks that spill over the lines around them.
// Joiners stay where a language or an emoji needs them: after a virama (Indic scripts),
// between letters of Arabic script (Persian), between emoji (👩‍👧), and the tags of a flag.
import { z } from 'zod';

// Control, format (every zero-width and direction character), line and paragraph separators,
// private use, then fillers and selectors that show nothing by themselves.
const hidden =
  /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\u115f\u1160\u3164\uffa0\u2800]|\u034f|[\u180b-\u180d]|\u180f|[\ufe00-\ufe0f]|[\u{e0100}-\u{e01ef}]/u;
const broken = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// Noncharacters (never text), and marks piled on one letter past what any script needs.
const noncharacter =
  /[\ufdd0-\ufdef]|[\ufffe\uffff]|[\u{1fffe}\u{1ffff}\u{2fffe}\u{2ffff}\u{10fffe}\u{10ffff}]/u;
const pileOfMarks = /\p{M}{6,}/u;

const virama =
  '[\u094d\u09cd\u0a4d\u0acd\u0b4d\u0bcd\u0c4d\u0ccd\u0d4d\u0dca\u0e3a\u0f84\u1039\u103a\u1714\u1734\u17d2\u1a60\u1b44\u1baa\u1bab\u1bf2\u1bf3\u2d7f\ua806\ua8c4\ua953\ua9c0\uaaf6\uabed]';
/** Invisible characters where a script or emoji needs them: removed before looking for more. */
const needed: Array<[RegExp, string]> = [
  [new RegExp(`(${virama})[\u200c\u200d]`, 'gu'), '$1'],
  [/(\p{Script=Arabic}\p{M}*)\u200c(?=\p{Script=Arabic})/gu, '$1'],
  [
    /(\p{Extended_Pictographic}(?:[\u{1f3fb}-\u{1f3ff}]|\ufe0f)?)\u200d(?=\p{Extended_Pictographic})/gu,
    '$1',
  ],
  [/\u{1f3f4}[\u{e0020}-\u{e007e}]+\u{e007f}/gu, '\u{1f3f4}'],
  [/(\p{Emoji})[\ufe0e\ufe0f]/gu, '$1'],
  [/(\p{Script=Han})(?:[\ufe00-\ufe0f]|[\u{e0100}-\u{e01ef}])/gu, '$1'],
  [/(\p{Script=Mongolian})[\u180b-\u180d\u180f]/gu, '$1'],
];

export const HIDDEN_CHARACTERS_MESSAGE =
  'Please remove the hidden or broken characters from this text.';

export function isShownText(value: string): boolean {
  if (broken.test(value) || noncharacter.test(value) || pileOfMarks.test(value)) return false;
  let rest = value;
  for (const [pattern, keep] of needed) rest = rest.replace(pattern, keep);
  return !hidden.test(rest);
}

/** Text of several lines (tabs allowed), each line shown as it is: no hidden characters. */
export function isShownParagraphs(value: string): boolean {
  return value.split(/\r?\n/).every((line) => isShownText(line.replace(/\t/g, ' ')));
}

/** A name others will see, normalised, between `min` and `max` characters once normalised. */
export function shownText(options: {
  min: number;
  max: number;
  tooShort: string;
  tooLong: string;
}) {
  return z
    .string()
    .trim()
    .refine(isShownText, HIDDEN_CHARACTERS_MESSAGE)
    .normalize('NFC')
    .overwrite((value) => value.replace(/\p{Zs}+/gu, ' '))
    .min(options.min, options.tooShort)
    .max(options.max, options.tooLong);
}

/**
 * What two names are compared by: equal keys read as the same name (the same letters after
 * compatibility normalisation, whatever their case or spacing), so "Sam Jones", "SAM  JONES"
 * and "Ｓａｍ Ｊｏｎｅｓ" are one name.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\p{Cf}]+/gu, ' ')
    .trim()
    .toUpperCase()
    .toLowerCase();
}
