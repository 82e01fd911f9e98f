// Describing who wrote a part of the text in words, so the Authors view never relies on colour
// alone: "Paragraph 3: mostly Lucy, some Mark".

export interface AuthorShare {
  name: string;
  characters: number;
}

/** Shares under this fraction are "a little"; a share of at least half is "mostly". */
const A_LITTLE = 0.1;
const MOSTLY = 0.5;

/** "all Lucy", "mostly Lucy, some Mark, a little Ada", or (no one has half) "Lucy, Mark and Ada". */
export function describeAuthorShares(shares: readonly AuthorShare[]): string {
  const written = shares.filter((share) => share.characters > 0);
  const total = written.reduce((sum, share) => sum + share.characters, 0);
  if (total === 0) return 'no text yet';
  const sorted = [...written].sort(
    (a, b) => b.characters - a.characters || a.name.localeCompare(b.name),
  );
  const [first, ...others] = sorted;
  if (!first) return 'no text yet';
  if (others.length === 0) return `all ${first.name}`;
  if (first.characters / total < MOSTLY) return joinNames(sorted.map((share) => share.name));
  const some = others.filter((share) => share.characters / total >= A_LITTLE);
  const little = others.filter((share) => share.characters / total < A_LITTLE);
  return [
    `mostly ${first.name}`,
    ...(some.length > 0 ? [`some ${joinNames(some.map((share) => share.name))}`] : []),
    ...(little.length > 0 ? [`a little ${joinNames(little.map((share) => share.name))}`] : []),
  ].join(', ');
}

/** "Lucy", "Lucy and Mark", "Lucy, Mark and Ada". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** Groups per-client character counts by person; client ids nobody claimed go to `unknown`. */
export function sharesByPerson(
  charactersByClient: ReadonlyMap<number, number>,
  personOfClient: ReadonlyMap<number, string>,
  unknown: string,
): Map<string, number> {
  const byPerson = new Map<string, number>();
  for (const [clientId, characters] of charactersByClient) {
    const person = personOfClient.get(clientId) ?? unknown;
    byPerson.set(person, (byPerson.get(person) ?? 0) + characters);
  }
  return byPerson;
}
