// The line an export of an Easy Read version can carry, as Easy Read producers print it:
// "Checked by 7 members of the Learning Disability Partnership Board on 4 March 2031". It counts
// the people who answered every page of a check and who still belong to the group when the
// stamp is made (someone removed since does not vouch for it), and dates it by the last of their
// answers. Pure.

export interface AnswerMade {
  userId: string;
  /** 1 for the first page. */
  page: number;
  answeredAt: string;
}

/** The day in words, as people in the UK write it: "4 March 2031". */
export function dayInWords(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  });
}

/** "the Learning Disability Partnership Board"; a name that starts with "The" keeps its own. */
export function groupName(workspaceName: string): string {
  const name = workspaceName.trim();
  return /^the\s/i.test(name) ? name : `the ${name}`;
}

/** The people who answered every one of `pageCount` pages, with the time of their last answer. */
export function completeCheckers(
  pageCount: number,
  answers: readonly AnswerMade[],
): Map<string, string> {
  const pagesBy = new Map<string, Set<number>>();
  const lastBy = new Map<string, string>();
  for (const answer of answers) {
    if (answer.page < 1 || answer.page > pageCount) continue;
    const pages = pagesBy.get(answer.userId) ?? new Set<number>();
    pages.add(answer.page);
    pagesBy.set(answer.userId, pages);
    const last = lastBy.get(answer.userId);
    if (last === undefined || answer.answeredAt > last)
      lastBy.set(answer.userId, answer.answeredAt);
  }
  const complete = new Map<string, string>();
  for (const [userId, pages] of pagesBy) {
    if (pageCount > 0 && pages.size === pageCount) complete.set(userId, lastBy.get(userId) ?? '');
  }
  return complete;
}

/** The stamp, or null while none of `checkers` has answered every page. */
export function checkedStamp(input: {
  pageCount: number;
  answers: readonly AnswerMade[];
  workspaceName: string;
  /** Who may take part in a check now: the workspace's members in a role that may answer. */
  checkers: ReadonlySet<string>;
}): string | null {
  const complete = completeCheckers(
    input.pageCount,
    input.answers.filter((answer) => input.checkers.has(answer.userId)),
  );
  if (complete.size === 0) return null;
  const last = [...complete.values()].reduce((a, b) => (b > a ? b : a));
  const people = complete.size === 1 ? '1 member' : `${complete.size} members`;
  return `Checked by ${people} of ${groupName(input.workspaceName)} on ${dayInWords(last)}`;
}
