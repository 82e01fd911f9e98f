// The public surface of document export: pick a format, render a ProseMirror document with
// options, and know what to send it as. Reading stored Yjs state is `yjsStateToProseMirrorJSON`.
import { renderDocx } from './docx.ts';
import { renderHtml } from './html.ts';
import { renderMarkdown } from './markdown.ts';
import { renderPdf } from './pdf.ts';
import type { ExportOptions, ExportRenderer, ProseMirrorJSON } from './types.ts';

export type ExportFormat = 'docx' | 'pdf' | 'html' | 'md';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['docx', 'pdf', 'html', 'md'];

interface FormatDescription {
  contentType: string;
  extension: string;
  render: ExportRenderer;
}

const FORMATS: Record<ExportFormat, FormatDescription> = {
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
    render: renderDocx,
  },
  pdf: { contentType: 'application/pdf', extension: 'pdf', render: renderPdf },
  html: { contentType: 'text/html; charset=utf-8', extension: 'html', render: renderHtml },
  md: { contentType: 'text/markdown; charset=utf-8', extension: 'md', render: renderMarkdown },
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

/** DOCX and PDF render to a Buffer, HTML and Markdown to a string. */
export function renderExport(
  format: ExportFormat,
  doc: ProseMirrorJSON,
  options: ExportOptions,
): Promise<Buffer | string> {
  return FORMATS[format].render(doc, options);
}

export { createDocumentSchema, yjsStateToProseMirrorJSON } from './document-model.ts';
export { renderDocx, renderHtml, renderMarkdown, renderPdf };
export type { CoProductionRecord, ExportOptions, ProseMirrorJSON } from './types.ts';
