// The public surface of document export: pick a format, render a ProseMirror document with
// options, and know what to send it as (formats.ts). Reading stored Yjs state is
// `yjsStateToProseMirrorJSON`.
import { renderDocx } from './docx.ts';
import type { ExportFormat } from './formats.ts';
import { renderHtml } from './html.ts';
import { renderMarkdown } from './markdown.ts';
import { renderPdf } from './pdf.ts';
import type { ExportOptions, ExportRenderer, ProseMirrorJSON } from './types.ts';

const RENDERERS: Record<ExportFormat, ExportRenderer> = {
  docx: renderDocx,
  pdf: renderPdf,
  html: renderHtml,
  md: renderMarkdown,
};

/** DOCX and PDF render to a Buffer, HTML and Markdown to a string. */
export function renderExport(
  format: ExportFormat,
  doc: ProseMirrorJSON,
  options: ExportOptions,
): Promise<Buffer | string> {
  return RENDERERS[format](doc, options);
}

export {
  EXPORT_FORMATS,
  exportContentType,
  exportFileExtension,
  isExportFormat,
  type ExportFormat,
} from './formats.ts';
export { createDocumentSchema, yjsStateToProseMirrorJSON } from './document-model.ts';
export { renderDocx, renderHtml, renderMarkdown, renderPdf };
export type { CoProductionRecord, ExportOptions, ProseMirrorJSON } from './types.ts';
