// The order a facilitator reads the results in: pages most people did not understand first,
// then those people were not sure about, then the rest in page order. Pure.
import type { PageResult } from '@roundtable/shared/protocol/easy-read';

/** A page that someone did not understand, or was not sure about. */
export const needsAnotherLook = (page: PageResult): boolean =>
  page.doNotUnderstand > 0 || page.notSure > 0;

export function pagesForReview(pages: readonly PageResult[]): PageResult[] {
  return [...pages].sort(
    (a, b) => b.doNotUnderstand - a.doNotUnderstand || b.notSure - a.notSure || a.number - b.number,
  );
}
