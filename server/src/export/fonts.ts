// The fonts exports use, and which of them draws each character. Text is set in Atkinson
// Hyperlegible Next (SIL OFL, from @fontsource), made for people with low vision and easy to
// tell letters apart in. It covers Western and Central European Latin but not Vietnamese, Greek,
// Cyrillic or emoji, so a character it lacks falls back, piece by piece, to Noto Sans and then
// to Noto Emoji (monochrome), both SIL OFL as well: "Nguyễn" and "👋" come out as themselves.
// Fontsource ships each font split into subsets (latin, latin-ext, …); each subset file is a
// font of its own in the chain. Files are read as WOFF: fontkit opens it some ten times faster
// than WOFF2, and pdfkit embeds only the glyphs used.
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { requireFromServer } from '../paths.ts';

export const FONT_FAMILY = 'Atkinson Hyperlegible Next';

export interface FontStyle {
  bold: boolean;
  italic: boolean;
}

/** One font file: `key` names it to pdfkit, `file` is where it is. */
export interface FontFace {
  key: string;
  file: string;
}

interface Family {
  package: string;
  prefix: string;
  subsets: readonly string[];
  italic: boolean;
}

const PRIMARY: Family = {
  package: '@fontsource/atkinson-hyperlegible-next',
  prefix: 'atkinson-hyperlegible-next',
  subsets: ['latin', 'latin-ext'],
  italic: true,
};
const FALLBACKS: readonly Family[] = [
  {
    package: '@fontsource/noto-sans',
    prefix: 'noto-sans',
    subsets: ['latin', 'latin-ext', 'vietnamese', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext'],
    italic: false,
  },
  { package: '@fontsource/noto-emoji', prefix: 'noto-emoji', subsets: ['emoji'], italic: false },
];

/** The path of a fontsource file, e.g. ("@fontsource/noto-sans", "noto-sans-latin-400-normal.woff"). */
export function fontsourceFile(pkg: string, file: string): string {
  return requireFromServer.resolve(`${pkg}/files/${file}`);
}

function facesOf(family: Family, style: FontStyle): FontFace[] {
  const weight = style.bold ? 700 : 400;
  const slant = style.italic && family.italic ? 'italic' : 'normal';
  return family.subsets.map((subset) => {
    const key = `${family.prefix}-${subset}-${weight}-${slant}`;
    return { key, file: fontsourceFile(family.package, `${key}.woff`) };
  });
}

const MARK = /\p{M}/u;
/** Zero-width joiners, variation selectors, the keycap and skin tones: parts of emoji sequences. */
const EMOJI_PARTS = new Set([0x200c, 0x200d, 0xfe0e, 0xfe0f, 0x20e3]);
const isSkinTone = (codePoint: number) => codePoint >= 0x1f3fb && codePoint <= 0x1f3ff;
const isTag = (codePoint: number) => codePoint >= 0xe0020 && codePoint <= 0xe007f;

/** A mark, joiner or emoji modifier: it belongs to the character before it. */
function isJoining(character: string): boolean {
  const codePoint = character.codePointAt(0) ?? 0;
  return (
    EMOJI_PARTS.has(codePoint) || isSkinTone(codePoint) || isTag(codePoint) || MARK.test(character)
  );
}

/** A cluster that asks to be drawn as an emoji: its font is tried first. */
function isEmojiSequence(cluster: string): boolean {
  for (const character of cluster) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (codePoint === 0x200d || codePoint === 0xfe0f || codePoint === 0x20e3) return true;
    if (isSkinTone(codePoint)) return true;
  }
  return false;
}

/**
 * The text in clusters: a character with the marks, joiners and emoji modifiers after it, and
 * after a zero-width joiner the character it joins. Intl.Segmenter would do this too, but takes
 * time that grows with the square of a long run's length.
 */
export function* clusters(text: string): Generator<string> {
  let cluster = '';
  let joinNext = false;
  for (const character of text) {
    if (cluster !== '' && (joinNext || isJoining(character))) {
      cluster += character;
    } else {
      if (cluster !== '') yield cluster;
      cluster = character;
    }
    joinNext = character === '\u200D';
  }
  if (cluster !== '') yield cluster;
}

/**
 * Chooses a font for every piece of text. One instance serves one export: it opens a font file
 * only when a character might need it, and remembers each character's choice.
 */
export class FontChain {
  private readonly fonts = new Map<string, fontkit.Font>();
  private readonly chains = new Map<string, FontFace[]>();
  /** Per face, whether it has a glyph for each code point asked about. */
  private readonly coverage = new Map<string, Map<number, boolean>>();

  /** The face text is set in when every character has it: Atkinson Hyperlegible Next, latin. */
  primary(style: FontStyle): FontFace {
    return this.chain(style)[0] as FontFace;
  }

  /** The text cut into pieces that each one font draws, in order. */
  segments(text: string, style: FontStyle): { text: string; face: FontFace }[] {
    const chain = this.chain(style);
    const primary = chain[0] as FontFace;
    if (this.allIn(text, primary)) return text === '' ? [] : [{ text, face: primary }];
    const pieces: { text: string; face: FontFace }[] = [];
    for (const segment of clusters(text)) {
      const face = this.faceFor(segment, chain, pieces[pieces.length - 1]?.face ?? primary);
      const last = pieces[pieces.length - 1];
      if (last && last.face.key === face.key) last.text += segment;
      else pieces.push({ text: segment, face });
    }
    return pieces;
  }

  /** The font of a face, opened once. */
  font(face: FontFace): fontkit.Font {
    let font = this.fonts.get(face.key);
    if (!font) {
      font = fontkit.create(readFileSync(face.file)) as fontkit.Font;
      this.fonts.set(face.key, font);
    }
    return font;
  }

  private chain(style: FontStyle): FontFace[] {
    const key = `${style.bold}-${style.italic}`;
    let chain = this.chains.get(key);
    if (!chain) {
      chain = [PRIMARY, ...FALLBACKS].flatMap((family) => facesOf(family, style));
      this.chains.set(key, chain);
    }
    return chain;
  }

  private allIn(text: string, face: FontFace): boolean {
    for (const character of text) {
      if (this.choose(character, [face]) === null) return false;
    }
    return true;
  }

  /** A grapheme's face: the first that has its first character (emoji first for a sequence). */
  private faceFor(grapheme: string, chain: FontFace[], previous: FontFace): FontFace {
    const first = String.fromCodePoint(grapheme.codePointAt(0) ?? 32);
    if (/\s/u.test(first) || isJoining(first)) return previous;
    const order = isEmojiSequence(grapheme)
      ? [...chain.filter((face) => face.key.startsWith('noto-emoji')), ...chain]
      : chain;
    return this.choose(first, order) ?? previous;
  }

  private choose(character: string, faces: FontFace[]): FontFace | null {
    const codePoint = character.codePointAt(0) ?? 0;
    return faces.find((face) => this.has(face, codePoint)) ?? null;
  }

  private has(face: FontFace, codePoint: number): boolean {
    let known = this.coverage.get(face.key);
    if (!known) {
      known = new Map();
      this.coverage.set(face.key, known);
    }
    let has = known.get(codePoint);
    if (has === undefined) {
      has = this.font(face).hasGlyphForCodePoint(codePoint);
      known.set(codePoint, has);
    }
    return has;
  }
}
