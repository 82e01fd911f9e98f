// The part of the personal-data page about checking Easy Read versions: the checks they started,
// and their answers page by page, with the words they said were hard.
import { list, part, quoted, when } from './html-parts.ts';
import type { DataEasyReadChecks } from './types.ts';

export function easyReadChecksParts(checks: DataEasyReadChecks): string[] {
  return [
    list(
      checks.answers.map(
        (a) =>
          `${quoted(a.documentTitle)}, page ${a.page} (${quoted(a.pageTitle)}): you answered ${quoted(a.answer)} on ${when(a.answeredAt)}` +
          (a.words ? `; hard words: ${quoted(a.words)}` : ''),
      ),
    ),
    checks.started.length > 0
      ? part('Checks you started', [
          list(
            checks.started.map(
              (c) => `${quoted(c.documentTitle)}: ${c.pages} pages, on ${when(c.startedAt)}`,
            ),
          ),
        ])
      : '',
  ];
}
