// Taking a person out of stored JSON (meeting state, decision records, audit details): their id
// becomes their pseudonym's wherever it is a value or a key, their name becomes the pseudonym's
// name (also inside free text, such as an action's "who"), their email is removed, and the
// access needs and notes they gave with a reply to a meeting are dropped (health information
// a pseudonym must not carry). Pure; unchanged values come back as the very same objects, so
// the store writes back only what changed.

import { escapeForPattern, wholeWordsPattern } from '@roundtable/shared/domain/whole-words';

export interface PersonWords {
  id: string;
  name: string;
  email: string | null;
  pseudonymId: string;
  pseudonymName: string;
}

export function jsonRewriter(words: PersonWords): (value: unknown) => unknown {
  const texts: Array<[RegExp, string]> = [
    [wholeWordsPattern([escapeForPattern(words.name)], 'g'), words.pseudonymName],
    ...(words.email
      ? [[new RegExp(escapeForPattern(words.email), 'gi'), ''] as [RegExp, string]]
      : []),
    [new RegExp(escapeForPattern(words.id), 'g'), words.pseudonymId],
  ];
  const text = (value: string): string => {
    if (value === words.id) return words.pseudonymId;
    let next = value;
    for (const [pattern, replacement] of texts) next = next.replace(pattern, replacement);
    return next === value ? value : next;
  };
  const rewrite = (value: unknown): unknown => {
    if (typeof value === 'string') return text(value);
    if (Array.isArray(value)) {
      const items = value.map(rewrite);
      return items.some((item, index) => item !== value[index]) ? items : value;
    }
    if (value === null || typeof value !== 'object') return value;
    let changed = false;
    const entries = Object.entries(value).map(([key, item]): [string, unknown] => {
      const nextKey = text(key);
      let nextItem = rewrite(item);
      if (nextKey !== key && isReply(nextItem)) nextItem = { ...nextItem, needs: [], notes: '' };
      if (nextKey !== key || nextItem !== item) changed = true;
      return [nextKey, nextItem];
    });
    return changed ? Object.fromEntries(entries) : value;
  };
  return rewrite;
}

/** A reply to a meeting invitation (an RSVP), which may carry access needs and notes. */
const isReply = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && 'needs' in value && 'notes' in value;
