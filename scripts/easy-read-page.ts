// Makes the picture of an Easy Read page that the README and the guide show: the sample Easy
// Read document (server/src/export/easy-read-fixtures.ts) exported as a PDF by Roundtable's own
// export, and its first page drawn by poppler's pdftoppm. Run it after changing the layout:
//   npm run easy-read-page
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CHECKED_STAMP,
  EASY_READ_DOCUMENT,
  EASY_READ_HARD_WORDS,
  easyReadPictures,
} from '../server/src/export/easy-read-fixtures.ts';
import { renderPdf } from '../server/src/export/pdf.ts';

const OUTPUT = new URL('../docs/guide/images/easy-read-page', import.meta.url).pathname;

const pdf = await renderPdf(EASY_READ_DOCUMENT, {
  title: 'Our plan for better homes',
  easyRead: true,
  hardWords: EASY_READ_HARD_WORDS,
  checkedStamp: CHECKED_STAMP,
  loadPicture: easyReadPictures,
});
const folder = mkdtempSync(join(tmpdir(), 'roundtable-easy-read-page-'));
try {
  const file = join(folder, 'easy-read.pdf');
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', '-singlefile', file, OUTPUT]);
  console.log(`Wrote ${OUTPUT}.png`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
