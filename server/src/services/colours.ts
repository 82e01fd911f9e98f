// Caret and avatar colours: each dark enough for white text at WCAG AA (4.5:1).
export const personColours = [
  '#1a6b3c',
  '#6a3d9a',
  '#b03000',
  '#005a9c',
  '#8a1c5a',
  '#5c5400',
  '#00695c',
  '#3949ab',
] as const;

export function colourFor(seed: string): string {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return personColours[hash % personColours.length] ?? personColours[0];
}
