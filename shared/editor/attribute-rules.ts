// The rules an attribute's value must keep, written next to the attribute in the extension that
// declares it, as ProseMirror's `validate` (a function that throws). The editor checks content
// pasted in against them, and the server's /collab schema guard refuses a change whose values
// break them (server/src/documents/content-rules.ts reads them from the schema).

/** A ProseMirror `validate` that lets `null` (the attribute unset) and values passing `test`. */
export function nullOr(test: (value: unknown) => boolean, what: string): (value: unknown) => void {
  return (value) => {
    if (value !== null && !test(value)) throw new RangeError(`expected ${what}`);
  };
}

/** A string of at most `max` characters. */
export const textUpTo =
  (max: number) =>
  (value: unknown): boolean =>
    typeof value === 'string' && value.length <= max;

const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?(Z|[+-]\d\d:\d\d)$/;

/** A moment written as ISO 8601 with its time zone ("2031-03-04T10:00:00.000Z"), and real. */
export const isIsoTime = (value: unknown): boolean =>
  typeof value === 'string' && ISO_TIME.test(value) && !Number.isNaN(Date.parse(value));
