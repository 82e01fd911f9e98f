// The line at the top of an export, under the title: "Agreed on <date> by <workspace>" for an
// agreed version, and "Checked by 7 members of … on 4 March 2031" for an Easy Read version the
// group has checked (issue 12), both as plain text.
import { cleanText } from './clean-text.ts';
import type { ExportOptions } from './types.ts';

export function exportNotice(
  options: Pick<ExportOptions, 'agreed' | 'checkedStamp'>,
): string | null {
  const lines = [
    options.agreed ? `Agreed on ${options.agreed.date} by ${options.agreed.workspaceName}` : null,
    options.checkedStamp ?? null,
  ]
    .map((line) => cleanText(line ?? '').trim())
    .filter((line) => line !== '');
  return lines.length > 0 ? lines.join('. ') : null;
}
