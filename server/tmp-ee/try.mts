import { writeFileSync } from 'node:fs';
import { renderPdfDocument } from '/work/wt-easy-export/server/src/export/pdf.ts';
import { loadOpenMoji } from '/work/wt-easy-export/server/src/export/openmoji.ts';
const p = (text: string, picture?: string, alt?: string) => ({ type: 'paragraph', attrs: picture ? { picture, pictureAlt: alt } : {}, content: [{ type: 'text', text }] });
const doc = { type: 'doc', content: [
  { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Who we are' }] },
  p('We are the Learning Disability Partnership Board. Zoë, Łukasz, Ayşe and Nguyễn are members. 👋', 'openmoji:1F465', 'A group of people'),
  p('We meet every month at the Town Hall to talk about care plans.', 'openmoji:1F3DB', 'The Town Hall'),
  p('This paragraph has no picture.'),
  p('A missing picture shows its words.', 'openmoji:FFFFF', 'A picture of a bus'),
]};
const t0 = performance.now();
const { body, pages } = await renderPdfDocument(doc as never, { title: 'Our plan', easyRead: true, hardWords: [{ word: 'care plan', explanation: 'A plan of the help you get.' }], checkedStamp: 'Checked by 7 members of the Learning Disability Partnership Board on 4 March 2031', loadPicture: (ref) => ref.source === 'openmoji' ? loadOpenMoji(ref.id) : Promise.resolve(null) });
console.log('pages', pages, 'ms', performance.now() - t0);
writeFileSync('/tmp/ee-try.pdf', body);
