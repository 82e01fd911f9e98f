import { writeFileSync } from 'node:fs';
import { renderPdfDocument } from '../src/export/pdf.ts';
import { CHECKED_STAMP, EASY_READ_DOCUMENT, EASY_READ_HARD_WORDS, easyReadPictures } from '../src/export/easy-read-fixtures.ts';
const size = Number(process.argv[2] ?? 16) as 16 | 21;
const { body, pages } = await renderPdfDocument(EASY_READ_DOCUMENT, { title: 'Our plan for better homes', easyRead: true, textSize: size, hardWords: EASY_READ_HARD_WORDS, checkedStamp: CHECKED_STAMP, loadPicture: easyReadPictures });
writeFileSync(`/tmp/ee-sample-${size}.pdf`, body);
console.log('pages', pages);
