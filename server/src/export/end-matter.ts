// What follows the body (and its "Hard words" list) in an Easy Read export: the credit the
// OpenMoji licence (CC BY-SA 4.0) asks for when the file shows any of its pictures.
import { parsePictureRef } from '@roundtable/shared/editor/picture';
import type { Block, Inline } from './blocks.ts';
import { cleanText } from './clean-text.ts';

export const OPENMOJI_CREDIT = 'Pictures by OpenMoji, the open-source emoji and icon project.';

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
