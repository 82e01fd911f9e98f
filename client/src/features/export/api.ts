// Asks the server for a file (the draft or a version, in one format) and hands back the bytes
// and the file name the server chose. Errors come back as one plain sentence.
import { ErrorBody } from '@roundtable/shared/protocol/errors';
import {
  EASY_READ_PAGE_LIMIT,
  PAGE_COUNT_BASIS_HEADER,
  PAGE_COUNT_HEADER,
  type EasyReadTextSize,
  type PageCountBasis,
} from '@roundtable/shared/protocol/export';
import * as routes from '@roundtable/shared/protocol/routes';
import { pathOf } from '../../app/http.ts';

export type ExportFormat = 'docx' | 'pdf' | 'html' | 'md';

export interface ExportOptions {
  documentId: string;
  format: ExportFormat;
  /** A saved version; without it, the draft as it is now. */
  versionId?: string;
  easyRead: boolean;
  /** Easy Read text size in points; 16 when not given. */
  textSize?: EasyReadTextSize;
  record: boolean;
}

export interface PageCount {
  count: number;
  basis: PageCountBasis;
}

export type ExportResult =
  | { ok: true; blob: Blob; fileName: string; pages: PageCount | null }
  | { ok: false; message: string };

const UNREACHABLE =
  'We could not reach Roundtable to make your file. Check your internet connection, then try again.';
const UNEXPECTED = 'Something went wrong while making your file. Please try again in a moment.';

export function exportUrl(options: ExportOptions) {
  const { documentId, format, versionId, easyRead, textSize, record } = options;
  return pathOf(routes.exportDocument, {
    params: { id: documentId },
    query: {
      format,
      ...(versionId ? { version: versionId } : {}),
      ...(easyRead ? { easyRead: '1' } : {}),
      ...(easyRead && textSize === 21 ? { textSize: '21' } : {}),
      ...(record ? { record: '1' } : {}),
    },
  });
}

const EXTENSIONS: Record<ExportFormat, string> = {
  docx: 'docx',
  pdf: 'pdf',
  html: 'html',
  md: 'md',
};

/** The file name in a Content-Disposition header, or a plain one when there is none. */
export function fileNameFrom(header: string | null, format: ExportFormat): string {
  const fallback = `document.${EXTENSIONS[format]}`;
  if (!header) return fallback;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (encoded?.[1]) {
    try {
      return clean(decodeURIComponent(encoded[1].trim())) || fallback;
    } catch {
      // Fall through to the plain name.
    }
  }
  const quoted = /filename\s*=\s*"([^"]*)"/i.exec(header) ?? /filename\s*=\s*([^;]+)/i.exec(header);
  return clean(quoted?.[1]?.trim() ?? '') || fallback;
}

/** No folders and no control characters in a name we pass to the browser. */
function clean(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f/\\]+/g, '').trim();
}

export async function fetchExport(options: ExportOptions): Promise<ExportResult> {
  let response: Response;
  try {
    response = await fetch(exportUrl(options), { credentials: 'same-origin' });
  } catch {
    return { ok: false, message: UNREACHABLE };
  }
  if (!response.ok) {
    const parsed = ErrorBody.safeParse(await response.json().catch(() => null));
    return { ok: false, message: parsed.success ? parsed.data.error.message : UNEXPECTED };
  }
  try {
    const blob = await response.blob();
    return {
      ok: true,
      blob,
      fileName: fileNameFrom(response.headers.get('Content-Disposition'), options.format),
      pages: pageCountFrom(response.headers),
    };
  } catch {
    return { ok: false, message: UNREACHABLE };
  }
}

/** The page count an Easy Read export comes with, or null. */
export function pageCountFrom(headers: Headers): PageCount | null {
  const count = Number(headers.get(PAGE_COUNT_HEADER));
  const basis = headers.get(PAGE_COUNT_BASIS_HEADER);
  if (!Number.isInteger(count) || count < 1) return null;
  return { count, basis: basis === 'pdf' ? 'pdf' : 'estimate' };
}

/** What the person is told when an Easy Read file runs longer than Easy Read should. */
export function pageWarning(pages: PageCount | null): string | null {
  if (!pages || pages.count <= EASY_READ_PAGE_LIMIT) return null;
  const count = pages.basis === 'pdf' ? `${pages.count}` : `about ${pages.count}`;
  return (
    `This Easy Read version has ${count} pages. ` +
    `Easy Read documents should have no more than about ${EASY_READ_PAGE_LIMIT}.`
  );
}

/** Saves the bytes through the browser's own download, from a link inside `container`. */
export function saveFile(blob: Blob, fileName: string, container: HTMLElement): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  container.append(link);
  link.click();
  link.remove();
  // The browser has the file once the download starts; the address is freed a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
