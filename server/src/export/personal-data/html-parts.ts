// The building blocks of the personal-data web page: sections, lists, label-value pairs, tables
// and dates in words. Every piece of text is escaped here.
import { escapeHtml } from '../escape-html.ts';

export const NOTHING = '<p class="nothing">Nothing here.</p>';

/** A section with its heading (h2), or "Nothing here." when it has no parts. */
export function section(id: string, title: string, parts: string[], lead = ''): string {
  const body = parts.filter((part) => part !== '').join('\n');
  return `<section aria-labelledby="${id}">
<h2 id="${id}">${escapeHtml(title)}</h2>
${lead ? `<p>${escapeHtml(lead)}</p>\n` : ''}${body || NOTHING}
</section>`;
}

/** A smaller heading (h3) over its parts, or "Nothing here." under it. */
export function part(title: string, parts: string[]): string {
  const body = parts.filter((piece) => piece !== '').join('\n');
  return `<h3>${escapeHtml(title)}</h3>\n${body || NOTHING}`;
}

/** A bulleted list of already-rendered items; empty when there are none. */
export function list(items: string[]): string {
  if (items.length === 0) return '';
  return `<ul>\n${items.map((item) => `<li>${item}</li>`).join('\n')}\n</ul>`;
}

/** Label and value pairs; a null value says "Not given". */
export function pairs(entries: [string, string | null][]): string {
  return `<dl>\n${entries
    .map(
      ([label, value]) =>
        `<dt>${escapeHtml(label)}</dt><dd>${value === null || value === '' ? '<span class="quiet">Not given</span>' : escapeHtml(value)}</dd>`,
    )
    .join('\n')}\n</dl>`;
}

/** A table with column headings; empty when there are no rows. Cells are plain text. */
export function table(caption: string, headings: string[], rows: string[][]): string {
  if (rows.length === 0) return '';
  const head = headings.map((heading) => `<th scope="col">${escapeHtml(heading)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table>\n<caption>${escapeHtml(caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** Escaped text, for building list items. */
export const text = escapeHtml;

/** Quoted words from a document or a comment, escaped. */
export const quoted = (words: string): string => `“${escapeHtml(words)}”`;

/** "3 March 2026 at 14:05" (UK time), or "never" for null. */
export function when(iso: string | null, never = 'never'): string {
  if (iso === null) return never;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  });
  const time = date.toLocaleTimeString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/London',
  });
  return `${day} at ${time}`;
}

export const yesNo = (value: boolean): string => (value ? 'Yes' : 'No');

export const STYLESHEET = `
body { margin: 0; background: #ffffff; color: #1a1a1a; font-family: Arial, Helvetica, sans-serif; font-size: 14pt; line-height: 1.5; overflow-wrap: anywhere; }
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem; }
h1, h2, h3 { line-height: 1.25; margin: 1.5em 0 0.5em; }
h1 { font-size: 2em; margin-top: 0; }
h2 { font-size: 1.5em; border-top: 2px solid #595959; padding-top: 0.75em; }
h3 { font-size: 1.2em; }
p, ul, dl, table { margin: 0 0 1em; }
li { margin-bottom: 0.5em; }
dt { font-weight: bold; }
dd { margin: 0 0 0.5em 0; }
a { color: #0b4f9c; text-decoration: underline; }
a:focus { outline: 3px solid #1a1a1a; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.25em; }
th, td { border: 1px solid #595959; padding: 0.25em 0.5em; text-align: left; vertical-align: top; overflow-wrap: break-word; }
.quiet, .nothing { color: #4a4a4a; }
@media print { main { max-width: none; padding: 0; } }
`;
