// Hostile values for fuzzers: wrong types, huge and odd strings, deep nesting and the keys that
// pollute prototypes. Everything is drawn from a seeded generator, so a failing case replays.

export type Random = () => number;

export function pick<T>(random: Random, choices: readonly T[]): T {
  return choices[Math.floor(random() * choices.length)]!;
}

/** Strings a careless parser trips on. */
const oddStrings = [
  '',
  ' ',
  '\u0000',
  '\uFFFF',
  '\uD800',
  '👩🏽‍🦯 café ﷽',
  '‮reversed',
  '<script>alert(1)</script>',
  "'; DROP TABLE documents; --",
  '../../../etc/passwd',
  '%00%2e%2e%2f',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'NaN',
  '-1',
  '1e309',
  'null',
  'true',
  '{}',
  '[]',
];

const oddNumbers = [0, -1, -0, 1.5, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), 1e308, Number.MIN_VALUE];

export function arbitraryString(random: Random): string {
  const roll = random();
  if (roll < 0.4) return pick(random, oddStrings);
  if (roll < 0.5) return 'x'.repeat(1 + Math.floor(random() * 20_000));
  if (roll < 0.6)
    return String.fromCodePoint(
      ...Array.from({ length: 1 + Math.floor(random() * 40) }, () =>
        Math.floor(random() * 0x10ffff),
      ).map((code) => (code >= 0xd800 && code <= 0xdfff ? 0xfffd : code)),
    );
  return Math.floor(random() * 1e9).toString(36);
}

/** Any JSON value, up to `depth` levels of nesting, biased to the ones that break things. */
export function arbitraryValue(random: Random, depth: number): unknown {
  const roll = random();
  if (depth <= 0 || roll < 0.15) return pick(random, [null, true, false, undefined]);
  if (roll < 0.3) return pick(random, oddNumbers);
  if (roll < 0.55) return arbitraryString(random);
  if (roll < 0.65) return deeplyNested(random, 50 + Math.floor(random() * 500));
  if (roll < 0.8)
    return Array.from({ length: Math.floor(random() * 5) }, () =>
      arbitraryValue(random, depth - 1),
    );
  return pollutingObject(random, depth - 1);
}

/** `[[[…]]]` or `{"a":{"a":…}}`, far deeper than any schema. */
export function deeplyNested(random: Random, depth: number): unknown {
  const asArray = random() < 0.5;
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}

/** An object whose own keys include `__proto__`, `constructor` and other reserved names. */
export function pollutingObject(random: Random, depth: number): Record<string, unknown> {
  const keys = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'type', 'id'];
  const entries = Array.from({ length: 1 + Math.floor(random() * 4) }, () => [
    random() < 0.6 ? pick(random, keys) : arbitraryString(random).slice(0, 40),
    random() < 0.3
      ? { polluted: true, prototype: { polluted: true } }
      : arbitraryValue(random, depth),
  ]);
  // JSON.parse makes `__proto__` an own key, as it arrives from the network; a literal would not.
  return JSON.parse(JSON.stringify(Object.fromEntries(entries))) as Record<string, unknown>;
}
