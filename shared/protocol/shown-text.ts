// Names and titles that other people see: one line of readable text. Control characters, the
// invisible direction marks that can make "\u202enimdA" read as "Admin", and broken characters
// (a lone half of a surrogate pair) are refused at the edge, with a message a person can act on.
import { z } from 'zod';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const hidden = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const broken = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const HIDDEN_CHARACTERS_MESSAGE =
  'Please remove the hidden or broken characters from this text.';

export function isShownText(value: string): boolean {
  return !hidden.test(value) && !broken.test(value);
}

/** A trimmed line of text others will see, between `min` and `max` characters. */
export function shownText(options: {
  min: number;
  max: number;
  tooShort: string;
  tooLong: string;
}) {
  return z
    .string()
    .trim()
    .min(options.min, options.tooShort)
    .max(options.max, options.tooLong)
    .refine(isShownText, HIDDEN_CHARACTERS_MESSAGE);
}
