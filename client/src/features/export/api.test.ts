import { describe, expect, it } from 'vitest';
import { exportUrl, fileNameFrom } from './api.ts';

describe('exportUrl', () => {
  it('asks for the draft with only the chosen options', () => {
    expect(exportUrl({ documentId: 'd 1', format: 'pdf', easyRead: false, record: false })).toBe(
      '/api/documents/d%201/export?format=pdf',
    );
  });

  it('asks for a version, Easy Read and the record', () => {
    expect(
      exportUrl({
        documentId: 'd1',
        format: 'docx',
        versionId: 'v1',
        easyRead: true,
        record: true,
      }),
    ).toBe('/api/documents/d1/export?format=docx&version=v1&easyRead=1&record=1');
  });
});

describe('fileNameFrom', () => {
  it('reads a quoted file name', () => {
    expect(fileNameFrom('attachment; filename="Carers strategy.docx"', 'docx')).toBe(
      'Carers strategy.docx',
    );
  });

  it('prefers the UTF-8 name and drops folders', () => {
    expect(
      fileNameFrom(`attachment; filename="a.pdf"; filename*=UTF-8''..%2FCaf%C3%A9.pdf`, 'pdf'),
    ).toBe('..Café.pdf');
  });

  it('falls back to a plain name', () => {
    expect(fileNameFrom(null, 'md')).toBe('document.md');
    expect(fileNameFrom('attachment', 'html')).toBe('document.html');
  });
});
