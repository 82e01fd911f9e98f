// The web page export's own stylesheet, with its font inside it: the export is one file that
// works offline and on any website, so Atkinson Hyperlegible Next (latin and latin-ext, regular
// and bold, as WOFF2) is inlined as data: URLs, about 55 kB. Characters it lacks (Vietnamese,
// emoji) fall back to the reader's own fonts, which every browser has for them. Easy Read is a
// class on <body>: large left-aligned text, 1.5 spacing, and a grid with pictures on the left.
import { readFileSync } from 'node:fs';
import { requireFromServer } from '../paths.ts';
import type { EasyReadSizes } from './easy-read-layout.ts';
import { FONT_FAMILY, fontsourceFile } from './fonts.ts';

const PACKAGE = '@fontsource/atkinson-hyperlegible-next';
const SUBSETS = ['latin', 'latin-ext'] as const;
const WEIGHTS = [400, 700] as const;

export function fontFaces(): string {
  const ranges = requireFromServer(`${PACKAGE}/unicode.json`) as Record<string, string>;
  return SUBSETS.flatMap((subset) =>
    WEIGHTS.map((weight) => {
      const file = fontsourceFile(
        PACKAGE,
        `atkinson-hyperlegible-next-${subset}-${weight}-normal.woff2`,
      );
      const data = readFileSync(file).toString('base64');
      return `@font-face { font-family: '${FONT_FAMILY}'; font-style: normal; font-weight: ${weight}; font-display: swap; src: url(data:font/woff2;base64,${data}) format('woff2'); unicode-range: ${ranges[subset] ?? 'U+0000-00FF'}; }`;
    }),
  ).join('\n');
}

export function stylesheet(sizes: EasyReadSizes): string {
  return `
${fontFaces()}
body { margin: 0; background: #ffffff; color: #1a1a1a; font-family: '${FONT_FAMILY}', Arial, Helvetica, sans-serif; font-size: 12pt; line-height: 1.5; overflow-wrap: anywhere; }
main { max-width: 42rem; margin: 0 auto; padding: 2rem 1.25rem; text-align: left; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.5em 0 0.5em; }
h1 { font-size: 2em; margin-top: 0; }
h2 { font-size: 1.5em; }
h3 { font-size: 1.25em; }
h4, h5, h6 { font-size: 1.1em; }
p, ul, ol, blockquote { margin: 0 0 1em; }
li > p { margin: 0 0 0.25em; }
a { color: #0b4f9c; text-decoration: underline; }
a:focus { outline: 3px solid #1a1a1a; outline-offset: 2px; }
blockquote { margin-left: 0; padding-left: 1em; border-left: 4px solid #595959; }
hr { border: 0; border-top: 2px solid #595959; margin: 2em 0; }
.agreed { font-weight: bold; padding: 0.5em 0.75em; border: 2px solid #1a1a1a; }
.record { margin-top: 3em; border-top: 2px solid #595959; }
.easy-read { font-size: ${sizes.body}pt; line-height: 1.5; }
.easy-read main { max-width: 48rem; text-align: left; }
.easy-read p, .easy-read li { text-align: left; line-height: 1.5; }
.easy-read em, .easy-read i { font-style: normal; }
.row { display: grid; grid-template-columns: ${sizes.picture}pt minmax(0, 1fr); column-gap: ${sizes.gap}pt; align-items: start; margin: 0 0 1em; }
.row > .words > :last-child { margin-bottom: 0; }
.picture img { display: block; width: ${sizes.picture}pt; height: ${sizes.picture}pt; object-fit: contain; }
.picture p { margin: 0; font-size: 0.7em; }
@page { size: A4; margin: 64pt; @bottom-center { content: "Page " counter(page) " of " counter(pages); } }
@media print { main { max-width: none; padding: 0; } .row { break-inside: avoid; } }
`;
}
