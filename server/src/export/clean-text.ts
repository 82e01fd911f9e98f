// Text as it may appear in an export: no control characters, and line breaks as spaces, since a
// line break inside a text run would change the structure of a Markdown or PDF line.

export function cleanText(text: unknown): string {
  return String(text ?? '')
    .replace(/[\r\n\t\f\v\u2028\u2029]/g, ' ')
    .replace(/\p{Cc}/gu, '');
}
