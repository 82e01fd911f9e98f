import { describe, expect, it } from 'vitest';
import { EVERY_NODE_DOCUMENT } from './fixtures.ts';
import {
  EXPORT_FORMATS,
  exportContentType,
  exportFileExtension,
  isExportFormat,
  renderExport,
} from './index.ts';

describe('renderExport', () => {
  it('renders every format: DOCX and PDF as bytes, HTML and Markdown as text', async () => {
    const options = { title: 'Draft', easyRead: false };
    const outputs = await Promise.all(
      EXPORT_FORMATS.map((format) => renderExport(format, EVERY_NODE_DOCUMENT, options)),
    );
    const [docx, pdf, html, md] = outputs;
    expect(Buffer.isBuffer(docx) && docx.subarray(0, 2).toString()).toBe('PK');
    expect(Buffer.isBuffer(pdf) && pdf.subarray(0, 8).toString()).toBe('%PDF-1.7');
    expect(typeof html === 'string' && html.startsWith('<!doctype html>')).toBe(true);
    expect(typeof md === 'string' && md.startsWith('# Draft\n')).toBe(true);
  });

  it('names each format’s content type and file extension', () => {
    expect(
      EXPORT_FORMATS.map((format) => [exportContentType(format), exportFileExtension(format)]),
    ).toEqual([
      ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
      ['application/pdf', 'pdf'],
      ['text/html; charset=utf-8', 'html'],
      ['text/markdown; charset=utf-8', 'md'],
    ]);
    expect(isExportFormat('pdf')).toBe(true);
    expect(isExportFormat('exe')).toBe(false);
    expect(isExportFormat('toString')).toBe(false);
  });
});
