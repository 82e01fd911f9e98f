import { renderPdf } from '../src/export/pdf.ts';
const n = Number(process.argv[2] ?? 2000);
const word = 'abcdefghijklmnopqrstuvwxyz'.repeat(4000).slice(0, n);
const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Look ${word} end` }] }] };
const t0 = performance.now();
const pdf = await renderPdf(doc as never, { title: 'Long', easyRead: false });
console.log(n, 'chars', (performance.now() - t0).toFixed(0), 'ms', pdf.length);
