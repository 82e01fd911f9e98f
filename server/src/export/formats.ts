// The export formats and what to send each as. Apart from the renderers (index.ts), so the main
// thread, which never renders (the export pool's workers do), does not load the DOCX and PDF
// libraries and their fonts.
export type ExportFormat = 'docx' | 'pdf' | 'html' | 'md';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['docx', 'pdf', 'html', 'md'];

const FORMATS: Record<ExportFormat, { contentType: string; extension: string }> = {
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
  },
  pdf: { contentType: 'application/pdf', extension: 'pdf' },
  html: { contentType: 'text/html; charset=utf-8', extension: 'html' },
  md: { contentType: 'text/markdown; charset=utf-8', extension: 'md' },
};

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && Object.hasOwn(FORMATS, value);
}

export function exportContentType(format: ExportFormat): string {
  return FORMATS[format].contentType;
}

export function exportFileExtension(format: ExportFormat): string {
  return FORMATS[format].extension;
}
