// What follows the body of an export: the "Hard words" list (each hard word used, in bold, with
// its easy explanation), as Easy Read documents end, and the credit the OpenMoji licence
// (CC BY-SA 4.0) asks for when the file shows any of its pictures.
import type { HardWord } from '@roundtable/shared/editor/hard-words';
import { parsePictureRef } from '@roundtable/shared/editor/picture';
import type { Block, Inline } from './blocks.ts';
import { cleanText } from './clean-text.ts';

export const HARD_WORDS_HEADING = 'Hard words';
export const OPENMOJI_CREDIT = 'Pictures by OpenMoji, the open-source emoji and icon project.';

export function hardWordsSection(used: readonly HardWord[]): Block[] {
  if (used.length === 0) return [];
  return [
    { kind: 'heading', level: 2, inlines: [run(HARD_WORDS_HEADING)] },
    ...used.map((word): Block => ({
      kind: 'paragraph',
      inlines: [run(word.word.trim(), { bold: true }), run(`: ${word.explanation.trim()}`)],
    })),
  ];
}

/** The credit for OpenMoji pictures, when a paragraph of `body` shows one. */
export function pictureCredit(body: Block[]): Block[] {
  const showsOpenMoji = (block: Block) =>
    block.kind === 'paragraph' && parsePictureRef(block.picture?.ref)?.source === 'openmoji';
  if (!body.some(showsOpenMoji)) return [];
  return [
    {
      kind: 'paragraph',
      inlines: [
        run(`${OPENMOJI_CREDIT} `),
        run('openmoji.org', { href: 'https://openmoji.org/' }),
        run('. Licence: '),
        run('CC BY-SA 4.0', { href: 'https://creativecommons.org/licenses/by-sa/4.0/' }),
        run('.'),
      ],
    },
  ];
}

function run(text: string, style: { bold?: boolean; href?: string } = {}): Inline {
  return {
    kind: 'text',
    text: cleanText(text),
    bold: style.bold ?? false,
    italic: false,
    href: style.href ?? null,
  };
}
