// The decisions behind the Easy Read layout, one at a time: which blocks are rows and which run
// across, where pictures are kept, the OpenMoji credit, which font draws which character, and
// which OpenMoji names may become a file path.
import { describe, expect, it } from 'vitest';
import type { Block, Inline } from './blocks.ts';
import { easyReadRows, easyReadSizes } from './easy-read-layout.ts';
import { pictureCredit } from './end-matter.ts';
import { buildExportModel } from './export-model.ts';
import { clusters, FontChain } from './fonts.ts';
import { loadOpenMoji, openMojiHexcode } from './openmoji.ts';

const run = (text: string, extra: Partial<Extract<Inline, { kind: 'text' }>> = {}): Inline => ({
  kind: 'text',
  text,
  bold: false,
  italic: false,
  href: null,
  ...extra,
});
const paragraph = (text: string, picture?: string): Block => ({
  kind: 'paragraph',
  inlines: [run(text)],
  ...(picture ? { picture: { ref: picture, alt: 'A house' } } : {}),
});

describe('easyReadRows', () => {
  it('puts each block in a row with its picture, and headings and rules across the page', () => {
    const heading: Block = { kind: 'heading', level: 2, inlines: [run('Homes')] };
    const list: Block = { kind: 'list', ordered: false, start: 1, items: [[paragraph('a')]] };
    const rows = easyReadRows([
      heading,
      paragraph('With a picture', 'openmoji:1F3E0'),
      paragraph('Without one'),
      list,
      { kind: 'rule' },
    ]);
    expect(
      rows.map((row) => (row.kind === 'row' ? (row.picture?.ref ?? 'empty') : 'across')),
    ).toEqual(['across', 'openmoji:1F3E0', 'empty', 'empty', 'across']);
  });

  it('sizes text 16 pt by default and 21 pt on request, with 1.5 line spacing', () => {
    expect(easyReadSizes()).toMatchObject({ body: 16, lineSpacing: 1.5 });
    expect(easyReadSizes(21)).toMatchObject({ body: 21, lineSpacing: 1.5 });
    expect(easyReadSizes(21).picture).toBeGreaterThan(easyReadSizes(16).picture);
  });
});

describe('the export model', () => {
  it('keeps a paragraph picture only at the top level, with clean alt text, even without words', () => {
    const model = buildExportModel(
      {
        type: 'doc',
        content: [
          { type: 'paragraph', attrs: { picture: 'openmoji:1F3E0', pictureAlt: 'A\nhouse' } },
          { type: 'paragraph', attrs: { picture: 'openmoji:../../etc/passwd' }, content: [] },
          {
            type: 'bulletList',
            content: [
              {
                type: 'listItem',
                content: [
                  {
                    type: 'paragraph',
                    attrs: { picture: 'openmoji:1F68C', pictureAlt: 'A bus' },
                    content: [{ type: 'text', text: 'In a list' }],
                  },
                ],
              },
            ],
          },
        ],
      },
      { title: 'Plan', easyRead: true },
    );
    expect(model.body[0]).toEqual({
      kind: 'paragraph',
      inlines: [],
      picture: { ref: 'openmoji:1F3E0', alt: 'A house' },
    });
    expect(model.body).toHaveLength(2);
    expect(JSON.stringify(model.body[1])).not.toContain('picture');
    // The credit only when the Easy Read layout shows OpenMoji pictures.
    expect(JSON.stringify(model.endMatter)).toContain('OpenMoji');
  });

  it('puts the checked stamp under the title, after the agreement', () => {
    const model = buildExportModel(
      { type: 'doc', content: [] },
      {
        title: 'Plan',
        easyRead: true,
        agreed: { date: '3 March 2031', workspaceName: 'Board' },
        checkedStamp: 'Checked by 7 members\non 4 March 2031',
      },
    );
    expect(model.notices).toEqual([
      'Agreed on 3 March 2031 by Board',
      'Checked by 7 members on 4 March 2031',
    ]);
  });
});

describe('the pictures’ credit', () => {
  it('names OpenMoji only when an OpenMoji picture is shown', () => {
    expect(pictureCredit([paragraph('a', 'upload:photo')])).toEqual([]);
    expect(pictureCredit([paragraph('a', 'openmoji:1F3E0')])).toHaveLength(1);
  });
});

describe('FontChain', () => {
  const chain = new FontChain();
  const regular = { bold: false, italic: false };
  const faces = (text: string) =>
    chain.segments(text, regular).map((piece) => [piece.text, piece.face.key]);

  it('sets Latin text, Polish and Turkish letters in Atkinson Hyperlegible Next', () => {
    expect(faces('Zoë and Ann')).toEqual([
      ['Zoë and Ann', 'atkinson-hyperlegible-next-latin-400-normal'],
    ]);
    expect(faces('Łukasz, Ayşe')).toEqual([
      ['Ł', 'atkinson-hyperlegible-next-latin-ext-400-normal'],
      ['ukasz, Ay', 'atkinson-hyperlegible-next-latin-400-normal'],
      ['ş', 'atkinson-hyperlegible-next-latin-ext-400-normal'],
      ['e', 'atkinson-hyperlegible-next-latin-400-normal'],
    ]);
  });

  it('falls back to Noto Sans for Vietnamese and to Noto Emoji for emoji, piece by piece', () => {
    expect(faces('Nguyễn 👋🏽!')).toEqual([
      ['Nguy', 'atkinson-hyperlegible-next-latin-400-normal'],
      ['ễ', 'noto-sans-vietnamese-400-normal'],
      ['n ', 'atkinson-hyperlegible-next-latin-400-normal'],
      ['👋🏽', 'noto-emoji-emoji-400-normal'],
      ['!', 'atkinson-hyperlegible-next-latin-400-normal'],
    ]);
  });

  it('keeps marks and emoji sequences with the character they belong to', () => {
    expect([...clusters('e\u0301👩‍👩‍👧a')]).toEqual(['e\u0301', '👩‍👩‍👧', 'a']);
  });
});

describe('OpenMoji', () => {
  it('accepts only hexcodes as file names', () => {
    expect(openMojiHexcode('1f3e0')).toBe('1F3E0');
    expect(openMojiHexcode('1F9D1-200D-1F91D-200D-1F9D1')).toBe('1F9D1-200D-1F91D-200D-1F9D1');
    for (const bad of ['../1F3E0', '1F3E0.svg', '1F3E0/..', '', 'ZZZ', '1F3E0--1F3E0']) {
      expect(openMojiHexcode(bad)).toBeNull();
    }
  });

  it('loads the SVG of a picture that exists, and nothing for one that does not', async () => {
    const house = await loadOpenMoji('1F3E0');
    expect(house?.mediaType).toBe('image/svg+xml');
    expect(Buffer.from(house?.bytes ?? []).toString('utf8')).toContain('<svg');
    expect(await loadOpenMoji('FFFFF')).toBeNull();
    expect(await loadOpenMoji('..')).toBeNull();
  });
});
