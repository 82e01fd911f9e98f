// Which paragraph of a later version each paragraph of an earlier one became: paragraphs with
// the same words match first (the longest common run, in order); between two such matches,
// the paragraphs left on each side are paired in order, so a changed paragraph is matched with
// the one that took its place; what is left over was removed (null). Pure.

/** For each paragraph of `before`, the index of its paragraph in `after`, or null. */
export function matchParagraphs(
  before: readonly string[],
  after: readonly string[],
): (number | null)[] {
  const n = before.length;
  const m = after.length;
  // Lengths of the longest common runs of the suffixes (classic LCS table).
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] =
        before[i] === after[j]
          ? table[i + 1]![j + 1]! + 1
          : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const result: (number | null)[] = new Array<number | null>(n).fill(null);
  let i = 0;
  let j = 0;
  let gapBefore: number[] = [];
  let gapAfter: number[] = [];
  const closeGap = () => {
    gapBefore.forEach((index, k) => (result[index] = gapAfter[k] ?? null));
    gapBefore = [];
    gapAfter = [];
  };
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      closeGap();
      result[i] = j;
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) {
      gapBefore.push(i++);
    } else {
      gapAfter.push(j++);
    }
  }
  while (i < n) gapBefore.push(i++);
  while (j < m) gapAfter.push(j++);
  closeGap();
  return result;
}
