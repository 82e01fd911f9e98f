// How a made file is sent as a download: its name in a Content-Disposition header that keeps
// every letter (RFC 6266 `filename*`, with a plain ASCII `filename` for old clients), and a
// signal that says the person's request ended before the file was sent, so the work stops.
import type { Response } from 'express';

/** `attachment; filename="Zoe plan.pdf"; filename*=UTF-8''Zo%C3%AB%20plan.pdf` */
export function attachmentHeader(fileName: string): string {
  const ascii =
    fileName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\x20-\x7e]+/g, '')
      .replace(/["\\]/g, '')
      .trim() || 'download';
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Aborted when the response's connection closes before the answer was sent in full. */
export function signalWhenGone(response: Response): AbortSignal {
  const controller = new AbortController();
  response.once('close', () => {
    if (!response.writableFinished) controller.abort();
  });
  return controller.signal;
}
