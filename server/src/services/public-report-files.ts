// The public "You said, we did" reports, kept once made. Anyone may download a closed
// consultation's report, and a PDF takes an export thread for a second or more: without a copy,
// one address asking for a few reports at once could keep the threads from members' own exports.
// So a file is made once and kept (until the consultation changes: an outcome marked, a comment
// erased), identical requests share the one being made, and only one public report is made at a
// time; another asked for meanwhile is answered "busy, try again" (503 with Retry-After).
import { exportBusy } from './export-refusals.ts';
import { KeptResults } from './kept-results.ts';

/** How long a made report is kept when nothing reports a change (a version saved later). */
export const REPORT_KEEP_MS = 10 * 60 * 1000;
/** Reports kept at most, the oldest dropped first. */
const MAX_FILES = 50;
/** Public reports being made at once. */
const AT_ONCE = 1;

export class PublicReportFiles<T> {
  private readonly files: KeptResults<T>;
  private making = 0;

  constructor(now: () => number, keepMs = REPORT_KEEP_MS) {
    this.files = new KeptResults({ keepMs, maxEntries: MAX_FILES, now });
  }

  /** The file kept under this consultation and key, or the one `make` makes. */
  get(consultationId: string, key: string, make: () => Promise<T>): Promise<T> {
    const name = `${consultationId} ${key}`;
    const kept = this.files.fresh(name);
    if (kept) return kept;
    if (this.making >= AT_ONCE) return Promise.reject(exportBusy());
    this.making += 1;
    return this.files.get(name, () =>
      make().finally(() => {
        this.making -= 1;
      }),
    );
  }

  /** The consultation changed: its reports are made again when next asked for. */
  forget(consultationId: string): void {
    this.files.forget(`${consultationId} `);
  }
}
