import { describe, expect, it } from 'vitest';
import { exportUrl, fileNameFrom, pageCountFrom, pageWarning } from './api.ts';

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

describe('the Easy Read page count', () => {
  const headers = (count: string, basis: string) =>
    new Headers({ 'Roundtable-Page-Count': count, 'Roundtable-Page-Count-Basis': basis });

  it('asks for 21 point text only with Easy Read', () => {
    const base = { documentId: 'd1', format: 'pdf' as const, record: false, textSize: 21 as const };
    expect(exportUrl({ ...base, easyRead: true })).toBe(
      '/api/documents/d1/export?format=pdf&easyRead=1&textSize=21',
    );
    expect(exportUrl({ ...base, easyRead: false })).toBe('/api/documents/d1/export?format=pdf');
  });

  it('reads the count from the answer, and none when there is none', () => {
    expect(pageCountFrom(headers('23', 'pdf'))).toEqual({ count: 23, basis: 'pdf' });
    expect(pageCountFrom(headers('9', 'estimate'))).toEqual({ count: 9, basis: 'estimate' });
    expect(pageCountFrom(new Headers())).toBeNull();
    expect(pageCountFrom(headers('x', 'pdf'))).toBeNull();
  });

  it('warns past 20 pages, saying "about" when the pages are estimated', () => {
    expect(pageWarning({ count: 20, basis: 'pdf' })).toBeNull();
    expect(pageWarning(null)).toBeNull();
    expect(pageWarning({ count: 23, basis: 'pdf' })).toBe(
      'This Easy Read version has 23 pages. Easy Read documents should have no more than about 20.',
    );
    expect(pageWarning({ count: 23, basis: 'estimate' })).toBe(
      'This Easy Read version has about 23 pages. Easy Read documents should have no more than about 20.',
    );
  });
});
